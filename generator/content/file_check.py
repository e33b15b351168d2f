"""Check each content file on its own against the schema, collecting every problem.

Types, required and unknown keys against its ``fieldtypes.Record`` (with ``formhints.py``'s
fix for a value written in another form than its key's), then the rules of the file as a
whole (``filerules.py``: dates in the right order, ``end`` not before ``date``). What a
file refers to in other files, by an id or by a Markdown text's links, is collected here
(``crossrefs.py``) and checked once the whole story is known (``check.py``). Nothing
stops at the first problem: the editor gets the whole list in one run.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import partial
from typing import Any, assert_never

from generator.content import (
    crossrefs,
    fieldtypes,
    filerules,
    formhints,
    hints,
    media,
    schema,
    story_links,
)
from generator.content.addresses import (
    AddressFault,
    as_folder,
    password_in,
    path_alone_hint,
    secret_parameters,
    spaces_written,
    with_password,
    with_secret,
    without_scheme,
)
from generator.content.addresses import fault as address_fault
from generator.content.crossrefs import Ref
from generator.content.datehints import hint as date_hint
from generator.content.dates import (
    DateFormError,
    PartialDate,
    Precision,
    parse_date,
    zone_choices,
    zone_known,
    zone_suggestion,
)
from generator.content.ids import ID_PATTERN
from generator.content.kinds import Kind
from generator.content.remember import FORGETFUL, Memory
from generator.content.yamlnodes import Mapping, Node, Scalar, Sequence, place
from generator.content.yamlsyntax import quotes
from generator.content.yamlsyntax.lines import BLOCK_INDICATOR
from generator.content.yamlsyntax.spaces import NO_BREAK_INDENT
from generator.content.yamlvalues import colon_advice, double_quoted
from generator.errors import (
    CONTROL,
    NOT_TEXT,
    Position,
    Problem,
    Severity,
    Spelling,
    closest,
    did_you_mean,
    unseen_character,
)
from generator.i18n import languages
from generator.markdown import markup
from generator.patterns import later

INVALID: Any = object()
"""Returned by a check that failed; the problem has already been recorded."""

Values = dict[str, Any]


_PASSWORD_IN_TEXT = re.compile(
    r"(?i)(?:\bhttps?:/*|(?<![^\s(<\"'=])/{2,})(?:[^\s/?#:@%<>()\[\]\"'`]|%(?!3a))*(?::|%3a)[^\s/?#@<>()\[\]\"'`]*@[^\s<>()\[\]\"'`]*"
)
"""An http(s) address in a text that carries a password ('https://ann:pw@host/x'), in a
Markdown link, an HTML one or written out, as browsers read it (``_as_browsers_read``:
'https:/ann:pw@host' and 'https:\\\\ann:pw@host' are 'https://ann:pw@host'):
``addresses.password_in``'s rule for a text, a ':' percent-encoded in the user name
('https://ann%3Apw@host/') included. The user name holds no ':', written or encoded (the
first ends it), so the name and the password cannot take a run of ':' between them in
every way: a long one was looked through in time of the square of its length. One
without its scheme, where a link's address starts ('(//ann:pw@host/', 'href="//ann:pw@host/'),
is read by a browser as one with the page's scheme, and looked for too. So is one with no
'/' after 'https:' ('https:ann:pw@host'): on an https page a browser reads it as a path of
the page's own site, but on an http one, in a feed reader or an importer the URL standard
reads a host with a password (``addresses.as_browsers_read``)."""

_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{1,31};?)")
"""A character reference of HTML ('&#64;', '&#x40;', '&commat;'), which a page's reader
reads as its character, in an address too (Markdown's links and HTML's alike)."""


def _as_browsers_read(text: str) -> tuple[str, list[int]]:
    """``text`` as a browser reads the addresses in the page made of it, its character
    references as their characters ('&#64;' is '@'); and, for each character of that,
    where it starts in ``text``. Each ``@`` and ``:`` written so was published as such:
    'https://ann:pw&#64;host/' is an address with a password."""
    read: list[str] = []
    starts: list[int] = []
    last = 0
    for reference in _CHARACTER_REFERENCE.finditer(text):
        read.append(text[last : reference.start()])
        starts.extend(range(last, reference.start()))
        character = html.unescape(reference[0])
        read.append(character)
        starts.extend([reference.start()] * len(character))
        last = reference.end()
    read.append(text[last:])
    starts.extend(range(last, len(text)))
    return "".join(read), starts


_SCHEME_SLASHES = re.compile(r"(?i)^(https?:)/*")


def _password_in_text(text: str) -> tuple[int, str] | None:
    """Where in the Markdown ``text`` an http(s) address with a password starts
    (``_PASSWORD_IN_TEXT``, as browsers read it), and the address, written in full
    ('https://ann:pw@host/'); None if it holds none. A '\\' is looked at both ways: a
    browser reads it as '/' in an http(s) address ('https:\\\\ann:pw@host'), and Markdown
    as the escape of the character after it ('https://ann\\_b:pw@host')."""
    if "@" not in text and "&#" not in text and "&commat" not in text:
        # Most texts: no '@', written or referred to (by number, or by its one name: a
        # title's 'Rescuers & divers' is not looked through, 8 us a text).
        return None
    read, starts = _as_browsers_read(text) if "&" in text else (text, None)
    found = [
        match
        for match in (
            _PASSWORD_IN_TEXT.search(read),
            _PASSWORD_IN_TEXT.search(read.replace("\\", "/")) if "\\" in read else None,
        )
        if match is not None
    ]
    if not found:
        return None
    first = min(found, key=lambda match: match.start())
    # Shown as a browser on an https page reads it: one without its scheme ('//ann:pw@host')
    # was shown as written, its password and all ('without_credentials' takes http(s) alone).
    address = (
        _SCHEME_SLASHES.sub(r"\1//", first[0]) if first[0][0] != "/" else "https://" + first[0].lstrip("/")
    )
    return (first.start() if starts is None else starts[first.start()], address)


_ADDRESS_IN_TEXT = re.compile(r"(?i)\bhttps?://[^\s<>()\[\]\"'`]+")
"""An http(s) address in a text, in a Markdown link, an HTML one or written out: where
``_secrets_in_text`` looks for a query that carries a secret or a signature."""


_DRIVE = later(r"[A-Za-z]:[\\/]")
"""The start of a Windows path ('C:\\Users\\...'), pasted where a path under media/ goes."""
_BLOCK_START = later(BLOCK_INDICATOR + r"(?:\s|$)")
"""A block of text as the file has it ('|' or '>-', then its lines): ``Scalar.source``."""


@dataclass(frozen=True)
class NamesAsIds:
    """Names written where a list of ids goes ('figures: Conan O'Brien, Jay Leno'), told the
    ids ``new`` makes of them: the problem that tells them, the kind of id, and those ids.
    A figure's file made before ids joined a word's apostrophe is 'conan-o-brien', which
    only the story's files tell (``check`` says that id instead)."""

    problem: Problem
    kind: str
    ids: list[str]


@dataclass(frozen=True)
class FileResult:
    """What checking one file on its own found: its values (None if it is not a
    mapping), its problems, and the references and media to check across files."""

    values: Values | None
    problems: list[Problem]
    refs: list[Ref]
    images: list[tuple[str, str, Position]]
    pictures: list[tuple[str, str, Position]] = field(default_factory=list)
    """The media files of ``image:`` fields (also in ``images``), which the build
    processes as pictures and so must be readable ones."""
    unprefixed: list[tuple[str, str, Position]] = field(default_factory=list)
    """Files a text links to by their name alone ('wreck.jpg' for 'media/wreck.jpg')."""
    notices: list[Problem] = field(default_factory=list)
    """Warnings about the file alone, found while checking it (``explainer check``
    prints them with the others)."""
    odd_links: list[tuple[story_links.StoryLink, str, Position]] = field(default_factory=list)
    """Links into the story's events, figures or places not written ``events/<id>.yaml``."""
    names_as_ids: list[NamesAsIds] = field(default_factory=list)
    """Names written where a list of ids goes, told ids the story may spell otherwise."""
    empty_sources: list[Problem] = field(default_factory=list)
    """The problems of quotes' empty 'source:' (also in ``problems`` or ``notices``),
    told the story's sources' ids once they are known (``check``)."""


def check_file(root: Mapping, kind: Kind) -> FileResult:
    """Check one parsed file on its own: against its record, then by the rules of the file
    as a whole (``filerules.py``: its dates' order, a story's updates, an event's phrase
    and placement)."""
    checker = Checker(top=filerules.RECORDS[kind], root=root)
    if (moved := filerules.in_another_folder(root, kind)) is not None:
        return FileResult(None, [Problem(root.pos, moved)], [], [])
    values = checker.record(root, filerules.RECORDS[kind])
    if values is not None:
        later, earlier = ("updated", "published") if kind is Kind.STORY else ("end", "date")
        filerules.check_order(root, values, later, earlier, checker)
        if kind is Kind.STORY:
            filerules.check_updates(root, values, checker)
        if kind is Kind.EVENT:
            filerules.check_phrase(root, values, checker)
            filerules.check_placement(root, values, checker)
    return FileResult(
        values,
        checker.problems,
        checker.refs,
        checker.images,
        checker.pictures,
        checker.unprefixed,
        checker.notices,
        checker.odd_links,
        checker.names_as_ids,
        checker.empty_sources,
    )


@dataclass
class Checker:
    """Checks values against schema types, recording problems and pending references."""

    problems: list[Problem] = field(default_factory=list)
    refs: list[Ref] = field(default_factory=list)
    images: list[tuple[str, str, Position]] = field(default_factory=list)
    pictures: list[tuple[str, str, Position]] = field(default_factory=list)
    unprefixed: list[tuple[str, str, Position]] = field(default_factory=list)
    notices: list[Problem] = field(default_factory=list)
    odd_links: list[tuple[story_links.StoryLink, str, Position]] = field(default_factory=list)
    names_as_ids: list[NamesAsIds] = field(default_factory=list)
    empty_sources: list[Problem] = field(default_factory=list)
    memo: Memory = FORGETFUL
    top: fieldtypes.Record | None = None
    """The record of the whole file being checked: a key of its own found indented under
    another key is told so (``own_key``)."""
    root: Mapping | None = None
    """The whole file being checked: an event's 'end' written without its year is told
    the year of its 'date'."""
    spelling: Spelling = field(default_factory=Spelling)
    """What is left of the budget of names a missing file's or id's 'did you mean' may
    compare with its own (``errors.SPELLING_BUDGET``)."""

    def file(self, root: Mapping, kind: Kind) -> Values | None:
        """Check a whole file, reusing the result kept for the very same parsed file."""
        hit = self.memo.get(root)
        if hit is None:
            hit = check_file(root, kind)
        self.memo.keep(root, hit)
        self.problems.extend(hit.problems)
        self.refs.extend(hit.refs)
        self.images.extend(hit.images)
        self.pictures.extend(hit.pictures)
        self.unprefixed.extend(hit.unprefixed)
        self.notices.extend(hit.notices)
        self.odd_links.extend(hit.odd_links)
        self.names_as_ids.extend(hit.names_as_ids)
        self.empty_sources.extend(hit.empty_sources)
        return hit.values

    def error(self, pos: Position, message: str) -> Any:
        """Record the problem ``message`` at ``pos``; INVALID, for the value it stands for."""
        self.problems.append(Problem(pos, message))
        return INVALID

    def mismatch(self, node: Node, label: str, expected: str, hint: str = "") -> Any:
        """Record that ``label``'s value (``node``) is not what it must be (``expected``),
        saying what it is instead, and ``hint``; INVALID."""
        return self.error(node.pos, f"'{label}' must be {expected}, got {hints.what(node)}{hint}")

    def value(self, node: Node, ftype: fieldtypes.FieldType, label: str) -> Any:
        """The checked value of ``node`` as a ``ftype``, or INVALID (the problem recorded)."""
        if type(node) is Scalar and node.reported:
            return INVALID  # the YAML reading told its problem (an alias, too deep) right here
        match ftype:
            case fieldtypes.Text():
                return self.text(ftype, node, label, words=True)
            case fieldtypes.Boolean():
                return self.boolean(ftype, node, label)
            case fieldtypes.Date():
                return self.date(ftype, node, label)
            case fieldtypes.Url():
                return self.url(ftype, node, label)
            case fieldtypes.Pattern():
                return self.pattern(ftype, node, label)
            case fieldtypes.LanguageTag():
                return self.language(ftype, node, label)
            case fieldtypes.TimeZone():
                return self.time_zone(ftype, node, label)
            case fieldtypes.WholeNumber():
                return self.whole_number(ftype, node, label)
            case fieldtypes.Choice():
                return self.choice(ftype, node, label)
            case fieldtypes.Ref():
                return self.ref(ftype, node, label)
            case fieldtypes.FigureOrText():
                return self.text(schema.LINE, node, label, words=True)
            case fieldtypes.ImageSrc():
                return self.image_src(ftype, node, label)
            case fieldtypes.Coordinates():
                return self.coordinates(ftype, node, label)
            case fieldtypes.ListOf():
                return self.list_of(ftype, node, label)
            case fieldtypes.Record():
                values = self.record(node, ftype, label)
                return INVALID if values is None else values
            case fieldtypes.IdMap():
                return self.id_map(ftype, node, label)
            case _:
                assert_never(ftype)

    def record(self, node: Node, record: fieldtypes.Record, label: str = "") -> Values | None:
        """Check a mapping's keys and values; the values by key, or None if not a mapping."""
        if not isinstance(node, Mapping):
            self.mismatch(
                node, label or record.name, record.describe(), formhints.not_a_mapping_hint(node, record)
            )
            return None
        where = _where(record, label)
        values: Values = {}
        meant: set[str] = set()
        fields = [f.name for f in record.fields]
        for name, (key, value_node) in node.items.items():
            spec = record.field(name)
            if isinstance(value_node, Scalar) and self._keys_swallowed(
                name, key, value_node, fields, node, record, meant
            ):
                continue
            if isinstance(value_node, Sequence) and self.open_items(value_node, fields, node, record, meant):
                continue
            if spec is None:
                self._unknown_key(name, key, value_node, node, record, label, meant, fields)
                continue
            full = f"{label}.{name}" if label else name
            if isinstance(value_node, Scalar) and value_node.value is None and not value_node.reported:
                self._no_value(key, spec, full, record, top=not label)
                continue  # an empty optional key is the same as leaving it out
            if record is schema.QUOTE and name == "source" and _blank_text(value_node):
                # 'source: ""' failed with no word of what to write: an error still, as it was.
                values[name] = self.error(value_node.pos, f"'{full}' is empty; {empty_source_advice()}")
                self.empty_sources.append(self.problems[-1])
                continue
            values[name] = self.value(value_node, spec.type, full)
        self._missing_required(node, record, where, meant)
        return values

    def _unknown_key(
        self,
        name: str,
        key: Scalar,
        value_node: Node,
        node: Mapping,
        record: fieldtypes.Record,
        label: str,
        meant: set[str],
        fields: list[str],
    ) -> None:
        """Say that ``record`` has no key ``name``, with what was meant where that can be
        told: a no-break space in it, a dated entry written as a key, or a key near it
        (what was meant is added to ``meant``, so it is not said missing too)."""
        where = _where(record, label)
        if "\u00a0" in name and self._no_break_space(name, key, node, record, where, meant):
            return  # a no-break space, which YAML takes for text
        if dated := formhints.dated_entry(name, value_node, node, record):
            # '- 2020-01-03: Added the vote.': one mistake, not the date and text missing too.
            self.error(key.pos, f"unknown key '{name}'{where}{dated[0]}")
            meant.update(("date", dated[1]))
            return
        hint, close = self._unknown_key_hint(name, node, record, label, meant, fields)
        # A key pasted with an invisible character before it ('\u200bkey') reads
        # "unknown key 'key'; did you mean 'key'?" without the character named.
        self.error(key.pos, f"unknown key '{name}'{unseen_character(name)}{where}{hint}")
        meant.add(close or "")

    def _no_value(
        self, key: Scalar, spec: fieldtypes.Field, full: str, record: fieldtypes.Record, top: bool
    ) -> None:
        """Say what a key ``full`` of ``record`` given no value is: an error when it is
        required, a warning for a file's ``draft``, a note for a quote's ``source``;
        otherwise nothing (``top``: a key of the file, not of a record in it)."""
        if spec.required:
            self.error(key.pos, f"'{full}' is required but has no value")
        elif spec.name == "draft" and top:
            # 'draft: ' with its 'true' lost (a file saved cut short there, a word
            # deleted) published a story or event meant to stay out, without a word.
            self.notices.append(Problem(key.pos, _EMPTY_DRAFT, Severity.WARNING))
        elif record is schema.QUOTE and spec.name == "source":
            # A hint, not a warning: such a quote has built, and passed --strict, as
            # one without a source, which it is.
            said = f"'{full}' is empty, so the quote is shown without its source; "
            said += empty_source_advice()
            self.notices.append(Problem(key.pos, said, Severity.NOTE))
            self.empty_sources.append(self.notices[-1])

    def _keys_swallowed(
        self,
        name: str,
        key: Scalar,
        value_node: Scalar,
        fields: list[str],
        node: Mapping,
        record: fieldtypes.Record,
        meant: set[str],
    ) -> bool:
        """Whether the text of ``name``, over several lines, swallowed keys of the record
        through a quote left open (then reported, and those keys counted as meant)."""
        if value_node.source is None or "\n" not in value_node.source:
            return False
        lost = quotes.swallowed_keys(value_node.source, (key.pos.col or 1) - 1, fields)
        said = quotes.never_closed(name, value_node.source, lost) if lost else ""
        if lost and self.left_open(value_node, said, lost, node, record):
            meant.update(lost)
            return True
        return False

    def _no_break_space(
        self, name: str, key: Scalar, node: Mapping, record: fieldtypes.Record, where: str, meant: set[str]
    ) -> bool:
        """Whether the unknown key ``name`` is a key of the record with a no-break space
        beside it, or meant to be indented with one (then reported)."""
        bare = name.replace("\u00a0", " ").strip()
        if bare not in node.items and record.field(bare):
            self.error(
                key.pos,
                f"'{bare}' has a no-break space beside it (pasted from a web page or a word "
                "processor), which YAML takes as part of the key; delete it, and indent with "
                "ordinary spaces",
            )
            meant.add(bare)
            return True
        if name.startswith("\u00a0"):  # meant to be indented under another key
            said = f"{NO_BREAK_INDENT}, so it read '{bare}' as a key{where}"
            self.error(key.pos, f"{said}; indent it with ordinary spaces")
            return True
        return False

    def _unknown_key_hint(
        self,
        name: str,
        node: Mapping,
        record: fieldtypes.Record,
        label: str,
        meant: set[str],
        known: list[str],
    ) -> tuple[str, str | None]:
        """What to say of the unknown key ``name``, and the key it is taken to mean (None
        when it is not taken for a misspelling of one); ``known``: the record's keys."""
        close = hints.meant_key(name, [k for k in known if k not in meant])  # each meant once
        position = hints.position_key_hint(name, node) if "coordinates" in known else ""
        if under := formhints.left_out_of(name, node, record):  # 'image:', then 'src:' not indented
            # A misspelt key of this record is as likely ('source:' for 'sources:').
            meant_here = (
                close is not None
                and close not in node.items
                and closest(name, [close], cutoff=0.85) is not None  # 'source', not 'by': 'body'
            )
            hint = under + (f"; or did you mean '{close}'?" if meant_here else "")
            close = close if meant_here else None
        elif close is None and (own := self.own_key(name, label)):
            hint = own
        elif position and "coordinates" in node.items:  # given both ways: one is left over
            given = node.items["coordinates"][0].pos.line
            hint = f"; 'coordinates' is given already on line {given}: is '{name}' left over?"
            close = None
        elif position:  # 'lat:' and 'lon:' are one key, not a misspelling of another
            hint, close = position, None
        elif when := hints.time_apart_hint(name, node):  # 'time:' is no misspelt 'title:'
            hint, close = when, None
        elif close in node.items:  # renaming to it would make a duplicate key
            given = node.items[close][0].pos.line
            hint = f"; like '{close}', given already on line {given}: is one of the two left over?"
        else:
            hint = f"; did you mean '{close}'?" if close else f" (known keys: {', '.join(known)})"
            if close is not None and hints.translated_key(name, [close]) == close:
                hint += " (keys are written in English, whatever the language of the story)"
        return hint, close

    def _missing_required(
        self, node: Mapping, record: fieldtypes.Record, where: str, meant: set[str]
    ) -> None:
        """Report each required key of the record that is neither given nor meant by another."""
        for spec in record.fields:
            # 'tittle:' is one mistake: its "did you mean 'title'?" says what is missing
            if spec.required and spec.name not in node.items and spec.name not in meant:
                self.error(node.pos, f"missing required key '{spec.name}'{where}{_what_goes(spec)}")

    def own_key(self, name: str, label: str) -> str:
        """For ``name``, found under ``label`` ('image', 'quotes[2]', 'sources') where it
        is no key, when it is a key of the file itself ('key: true' indented under 'image:',
        'unknowns:' under 'sources:'): where to write it; else ''."""
        if self.top is None or not label or self.top.field(name) is None:
            return ""
        under = re.split(r"[.\[]", label, maxsplit=1)[0]
        return (
            f"; '{name}' is a key of the {self.top.name} itself, indented under '{under}:' by mistake: "
            "start it at the beginning of its line"
        )

    def left_open(
        self, value: Scalar, said: str, lost: list[str], node: Mapping, record: fieldtypes.Record
    ) -> bool:
        """Report the quoted ``value`` whose mark, left open, swallowed the keys ``lost``
        of ``node`` (a ``record``): an error, and True, when a required key is among them,
        as the file fails anyway (one mistake: the keys swallowed are not said to be
        missing too); else a warning, as such a file built before and every file that
        builds keeps building."""
        if any(k not in node.items and (f := record.field(k)) is not None and f.required for k in lost):
            self.error(value.pos, said)
            return True
        self.notices.append(Problem(value.pos, said, Severity.WARNING))
        return False

    def open_items(
        self, items: Sequence, fields: list[str], node: Mapping, record: fieldtypes.Record, meant: set[str]
    ) -> bool:
        """Report each quoted item of the list ``items`` (a value of ``node``, a
        ``record``) whose mark, left open, swallowed the items after it, or keys, as
        ``left_open`` does; True when one of them is an error."""
        column = (items.pos.col or 1) - 1  # that of each item's '-'
        failed = False
        for item in items.items:
            if not isinstance(item, Scalar) or item.source is None or "\n" not in item.source:
                continue
            lost = quotes.swallowed_keys(item.source, column, fields)
            swallowed = quotes.swallowed_items(item.source, column)
            if lost or swallowed:
                said = quotes.never_closed(None, item.source, lost, swallowed)
                if self.left_open(item, said, lost, node, record):
                    meant.update(lost)
                    failed = True
        return failed

    # One method per kind of schema type.

    def text(self, spec: fieldtypes.Text, node: Node, label: str, *, words: bool = False) -> Any:
        """The checked text of ``node``, or INVALID (the problem recorded). ``words``: a
        text field's value, which the pages show as it is (a title, a credit), not an
        address, id or pattern checked further as such: an address with a password written
        in it is refused as in a Markdown text, for the pages, the search index and the
        social card would give it to every reader."""
        if not isinstance(node, Scalar) or isinstance(node.value, bool):
            split = hints.split_text(node)
            if split is not None:
                return self.error(
                    node.pos, f"'{label}': {colon_advice(split, list_item=label.endswith(']'))}"
                )
            return self.mismatch(node, label, "text")
        text = node.text.strip() if isinstance(node.value, (int, float)) else str(node.value).strip()
        if not text:
            if node.source is not None and _BLOCK_START().match(node.source):  # 'summary: |', nothing below
                key = label.rsplit(".", 1)[-1]
                return self.error(
                    node.pos,
                    f"'{label}' is empty: the text of '{key}: {node.source.split()[0]}' goes on the lines "
                    f"below it, each indented by 2 spaces more than '{key}:'",
                )
            return self.error(node.pos, f"'{label}' is empty")
        if spec.one_line and "\n" in text:
            return self.error(node.pos, f"'{label}' must be one line")
        # What is wrong with a character or a link is reported where it is, on the key's
        # line or below it (summary: |): ``lead`` is where ``text`` starts in the value.
        lead = len(node.value) - len(node.value.lstrip()) if isinstance(node.value, str) else 0
        control = CONTROL.search(text)
        if control is not None:
            code = f"U+{ord(control.group()):04X}"
            return self.error(
                place(node, lead + control.start()),
                f"'{label}' contains an invisible control character ({code}); remove it",
            )
        odd = NOT_TEXT.search(text)
        if odd is not None:
            code = f"U+{ord(odd.group()):04X}"
            return self.error(
                place(node, lead + odd.start()),
                f"'{label}' contains {code}, which is no character (the feed cannot hold it); remove it",
            )
        if (spec.markdown or words) and (password := _password_in_text(text)) is not None:
            given = "links to" if spec.markdown else "gives"
            return self.error(
                place(node, lead + password[0]),
                with_password(f"'{label}' {given} an address that", password[1]),
            )
        if spec.markdown and "?" in text and "=" in text:
            self._secrets_in_text(node, text, lead, label)
        if spec.markdown:
            costly = markup.markdown_problem_at(text)
            if costly is not None:
                # At the block or the character that passes a limit, where the text allows it.
                why, offset = costly
                return self.error(place(node, lead + offset) if offset else node.pos, f"'{label}': {why}")
            crossrefs.take_in_links(self, node, text, lead, label)
        return text

    def _secrets_in_text(self, node: Scalar, text: str, lead: int, label: str) -> None:
        """Warn of each address the Markdown ``text`` (``label``'s, starting ``lead``
        characters into ``node``'s value) links to or writes out whose query carries a
        secret or a signature, at the address: published, every reader gets it."""
        said: set[str] = set()
        for address in _ADDRESS_IN_TEXT.finditer(text):
            names = secret_parameters(html.unescape(address[0]))
            if names and address[0] not in said:
                said.add(address[0])
                message = with_secret(f"'{label}' links to an address that", names)
                self.notices.append(Problem(place(node, lead + address.start()), message, Severity.WARNING))

    def _secrets_in_address(self, node: Node, address: str, label: str, *, picture: bool = False) -> None:
        """Warn when ``address``, ``label``'s value (a source's ``url``, an image's https
        ``src``: a ``picture``), carries a secret or a signature in its query."""
        if "?" in address and (names := secret_parameters(address)):
            self.notices.append(
                Problem(node.pos, with_secret(f"'{label}'", names, picture=picture), Severity.WARNING)
            )

    def boolean(self, spec: fieldtypes.Boolean, node: Node, label: str) -> Any:
        if isinstance(node, Scalar) and isinstance(node.value, bool):
            return node.value
        hint = hints.unquote_hint(node, lambda v: type(v) is bool) or hints.yes_no_hint(node)
        return self.mismatch(node, label, spec.describe(), hint)

    def date(self, spec: fieldtypes.Date, node: Node, label: str) -> Any:
        if not isinstance(node, Scalar) or isinstance(node.value, (bool, float)):
            # '2024.04' is a number to YAML: what was meant is still plain
            hint = date_hint(node.text, from_day=spec.from_day) if isinstance(node, Scalar) else ""
            return self.mismatch(node, label, spec.describe(), hint)
        try:
            date = parse_date(node.text)
        except DateFormError as exc:
            end = label == "end"
            start = self._start() if end else None
            hint = date_hint(node.text, from_day=spec.from_day, span=label == "date", end=end, start=start)
            if spec.from_day and exc.args[0].startswith("expected"):
                return self.error(
                    node.pos, f"'{label}' must be {spec.describe()}, got {hints.what(node)}{hint}"
                )
            return self.error(node.pos, f"'{label}' is not a valid date: {exc}{hint}")
        if spec.from_day and date.precision < Precision.DAY:
            return self.mismatch(node, label, spec.describe())
        return date

    def _start(self) -> PartialDate | None:
        """The file's own 'date', when it is one: an event's, for its 'end'."""
        given = self.root.items.get("date") if self.root is not None else None
        try:
            return parse_date(given[1].text) if given and isinstance(given[1], Scalar) else None
        except DateFormError:
            return None

    def url(self, spec: fieldtypes.Url, node: Node, label: str) -> Any:
        text = self.text(schema.LINE, node, label)
        if text is INVALID:
            return text
        fault = address_fault(text, directory=spec.directory)
        if fault in (None, AddressFault.NOT_HTTP) and password_in(text):  # 'https:ann:pw@host' too
            return self.error(node.pos, with_password(f"'{label}'", text))
        if fault is None:
            self._secrets_in_address(node, text, label)
            return as_folder(text) if spec.directory else text
        if fault is AddressFault.NOT_HTTP:
            hint = f"; did you mean 'https://{text}'?" if without_scheme(text) else ""
            if spec.directory:
                hint = hint or path_alone_hint(text)
            return self.mismatch(node, label, spec.describe(), hint)
        if fault is AddressFault.UNSAFE:
            return self.error(node.pos, _unsafe_url(label, text, spec.directory))
        return self.error(node.pos, f"'{label}' {fault}")

    def pattern(self, spec: fieldtypes.Pattern, node: Node, label: str) -> Any:
        text = self.text(schema.LINE, node, label)
        if text is not INVALID and not re.fullmatch(spec.regex.strip("^$"), text):
            return self.mismatch(node, label, spec.describe())
        return text

    def language(self, spec: fieldtypes.LanguageTag, node: Node, label: str) -> Any:
        text = self.text(schema.LINE, node, label)
        if text is INVALID or not re.fullmatch(languages.LANGUAGE_REGEX.strip("^$"), text):
            if text is INVALID:
                return text
            code = languages.meant_tag(text)  # 'english' or 'pt_BR', not the code meant
            return self.mismatch(node, label, spec.describe(), f"; did you mean '{code}'?" if code else "")
        if spec.interface and languages.resolve(text) is None:
            return self.error(
                node.pos,
                f"'{label}': there is no translation of the pages' text into '{text}'; "
                f"the languages available are {languages.available_tags()} "
                f"(to add one, see 'Adding a language' in docs/editing.md){languages.country_hint(text)}"
                f"{languages.kindred_hint(text)}",
            )
        if (current := languages.current_code(text)) is not None:
            said = (
                f"'{label}: {text}' is an old code of {languages.name_in_english(current)}: write "
                f"'{current}', the code search and screen readers know it by"
            )
            self.notices.append(Problem(node.pos, said, Severity.WARNING))
        return languages.cased(text)  # read in any case; pages' lang, feeds, exports carry 'pt-BR'

    def time_zone(self, spec: fieldtypes.TimeZone, node: Node, label: str) -> Any:
        text = self.text(schema.LINE, node, label)
        if text is INVALID or zone_known(text):
            return text
        if (offset := _ZONE_OFFSET().fullmatch(text.strip())) is not None:
            return self.mismatch(node, label, spec.describe(), _offset_advice(*offset.groups()))
        if (choices := zone_choices(text)) is not None:
            return self.mismatch(node, label, spec.describe(), f"; {choices}")
        meant = zone_suggestion(text)
        return self.mismatch(node, label, spec.describe(), f"; did you mean '{meant}'?" if meant else "")

    def whole_number(self, spec: fieldtypes.WholeNumber, node: Node, label: str) -> Any:
        if (
            not isinstance(node, Scalar)
            or isinstance(node.value, bool)
            or not isinstance(node.value, int)
            or not spec.minimum <= node.value <= spec.maximum
        ):
            hint = hints.unquote_hint(node, lambda v: type(v) is int and spec.minimum <= v <= spec.maximum)
            return self.mismatch(node, label, spec.describe(), hint)
        return node.value

    def choice(self, spec: fieldtypes.Choice, node: Node, label: str) -> Any:
        text = self.text(schema.LINE, node, label)
        if text is not INVALID and text not in spec.options:
            if (meant := hints.translated_choice(text, spec.options)) is not None:
                english = "these words are written in English, whatever the language of the story"
                hint = f"; did you mean '{meant}'? ({english})"
            else:
                hint = did_you_mean(text, spec.options)
            return self.error(node.pos, f"'{label}' must be {spec.describe()}, got {hints.what(node)}{hint}")
        return text

    def ref(self, spec: fieldtypes.Ref, node: Node, label: str) -> Any:
        given_once = isinstance(node, Mapping) and spec.kind in formhints.GIVEN_ONCE
        if given_once and (keyed := hints.split_text(node)):
            key, _, value = keyed.partition(": ")
            if key.lower() in ("id", spec.kind) and ID_PATTERN.fullmatch(value):
                # '- id: reuters', as other tools write a list of records: not a text to quote.
                alone = f"- {value}" if label.endswith("]") else value
                said = f"'{label}' must be {spec.describe()}, got '{keyed}'"
                return self.error(node.pos, f"{said}; write the id alone: {alone}")
            if key.lower() in ("id", spec.kind, "name", "title", "publisher"):
                # '- name: Ann Lee', '- id: Ann Lee': a figure written out, not a text to quote.
                return self.mismatch(node, label, spec.describe(), f"; {formhints.GIVEN_ONCE[spec.kind]}")
        if given_once and hints.split_text(node) is None:
            # A source's publisher and address, or a figure's name and role, written where
            # only its id goes: "must be text" would not say where they belong.
            return self.mismatch(node, label, spec.describe(), f"; {formhints.GIVEN_ONCE[spec.kind]}")
        text = self.text(schema.LINE, node, label)
        if text is not INVALID:
            self.refs.append(Ref(spec.kind, text, label, node.pos))
        return text

    def image_src(self, spec: fieldtypes.ImageSrc, node: Node, label: str) -> Any:
        text = self.text(schema.LINE, node, label)
        if text is INVALID:
            return text
        if text.startswith("https://"):
            fault = address_fault(text)
            if fault is AddressFault.NOT_HTTP:  # no host
                return self.mismatch(node, label, spec.describe())
            if fault is AddressFault.UNSAFE:
                return self.error(node.pos, _unsafe_url(label, text))
            if fault is None and password_in(text):
                return self.error(node.pos, with_password(f"'{label}'", text))
            if fault is None:
                self._secrets_in_address(node, text, label, picture=True)
            return text if fault is None else self.error(node.pos, f"'{label}' {fault}")
        if text.startswith(("/", "\\")) or _DRIVE().match(text):
            return self.mismatch(node, label, spec.describe(), formhints.path_fix(text))
        if "://" in text or ".." in text.split("/"):
            return self.mismatch(node, label, spec.describe())
        rel = text.removeprefix("media/")
        if not fieldtypes.names_picture(rel):
            name = rel.rsplit("/", 1)[-1]
            if isinstance(node, Scalar) and node.comment is not None:  # 'media/map #2.svg' read 'media/map'
                whole = text + node.comment.after.rstrip()
                return self.error(
                    node.pos,
                    f"'{label}' reads '{text}': YAML takes what follows ' #' as a comment; write the "
                    f"file's name in double quotes: {double_quoted(whole)}",
                )
            # A warning: such a file built before (shown as a broken picture), and every
            # file that builds keeps building; check --strict refuses it. A photo no browser
            # shows (an iPhone's HEIC) is not told to be linked instead: it is an error
            # wherever it is (``media.problem``), which says to export it.
            if rel.lower().endswith(media.UNSHOWN_PHOTOS):
                self.images.append((rel, label, node.pos))
                return "media/" + rel
            self.notices.append(
                Problem(
                    node.pos,
                    f"'{label}' is not a picture ({fieldtypes.picture_types()}): '{text}' shows as a broken "
                    f"picture; to offer another kind of file, link it from the text instead: "
                    f"[{name}](media/{rel})",
                    Severity.WARNING,
                )
            )
            self.images.append((rel, label, node.pos))
            return "media/" + rel
        self.images.append((rel, label, node.pos))
        self.pictures.append((rel, label, node.pos))
        return "media/" + rel

    def coordinates(self, spec: fieldtypes.Coordinates, node: Node, label: str) -> Any:
        if isinstance(node, Sequence) and len(node.items) != 2:
            # How many values it has, and the fix when decimal commas made them more.
            got = hints.counted(node) + hints.decimal_comma_hint(node)
            return self.error(node.pos, f"'{label}' must be {spec.describe()}, got {got}")
        if not isinstance(node, Sequence):
            hint = hints.unbracketed_hint(node) or hints.compass_pair_hint(node)
            return self.mismatch(node, label, spec.describe(), hint)
        out: list[float] = []
        for item, name, limit in zip(node.items, ("latitude", "longitude"), (90, 180), strict=True):
            if (
                not isinstance(item, Scalar)
                or isinstance(item.value, bool)
                or not isinstance(item.value, (int, float))
            ):
                hint = hints.unquote_hint(item, partial(hints.number_within, limit)) or hints.degrees_hint(
                    item, name
                )
                return self.mismatch(item, f"{label} {name}", "a number", hint)
            if not -limit <= item.value <= limit:
                return self.error(
                    item.pos,
                    f"{name} {item.text} is out of range (-{limit} to {limit})" + hints.swapped_hint(node),
                )
            out.append(float(item.value))
        return (out[0], out[1])

    def list_of(self, spec: fieldtypes.ListOf, node: Node, label: str) -> Any:
        if not isinstance(node, Sequence):
            hint = " (write [a, b] or one '- item' per line)" if isinstance(node, Scalar) else ""
            dashed = re.match(r"-(?=[^\s-])(\S+)", node.text) if isinstance(node, Scalar) else None
            after = f"; put a space after each '-' ('- {dashed[1]}')" if dashed else ""
            if (
                not after
                and isinstance(node, Scalar)
                and isinstance(node.value, str)
                and "\n" not in node.text
            ):
                # 'sources: reuters, ap' or 'tags: politics': the list it was meant to be;
                # 'tags: shipping; trade' as a newsroom's system separates them.
                items = [part.strip() for part in re.split(r"[;,]", node.text) if part.strip()]
                after = formhints.as_list(items, spec.item)
                made = formhints.names_as_ids(formhints.listed(items, spec.item), spec.item)
                if made is not None and after == formhints.write_ids(made):
                    self.mismatch(node, label, "a list" + hint, after)
                    assert isinstance(spec.item, fieldtypes.Ref)
                    self.names_as_ids.append(NamesAsIds(self.problems[-1], spec.item.kind, made))
                    return INVALID
            return self.mismatch(node, label, "a list" + hint, after)
        items = []
        seen: dict[str, int] = {}
        for i, item in enumerate(node.items, start=1):
            if (
                isinstance(item, Scalar)
                and item.value is None
                and not item.reported
                and not isinstance(spec.item, fieldtypes.Record)
            ):
                # A '-' with nothing after it. Such a list built before, its empty item
                # published as the word 'None', so it is a warning (check --strict refuses
                # it), and the item is left out, as an empty optional key is.
                said, fix = (
                    ("a '-' with nothing after it", "delete that line, or write the item after the '-'")
                    if not item.text
                    else (f"'{item.text}' is nothing in YAML", "delete it, or write the item in its place")
                )
                self.notices.append(
                    Problem(
                        item.pos,
                        f"'{label}[{i}]' is empty ({said}), so it is left out; {fix}",
                        Severity.WARNING,
                    )
                )
                continue
            value = self.value(item, spec.item, f"{label}[{i}]")
            if isinstance(spec.item, fieldtypes.Ref) and isinstance(value, str):
                if value in seen:
                    self.error(item.pos, f"'{value}' is listed twice in '{label}'")
                    continue
                seen[value] = i
            items.append(value)
        return tuple(items)

    def id_map(self, spec: fieldtypes.IdMap, node: Node, label: str) -> Any:
        if not isinstance(node, Mapping):
            listed = (
                isinstance(node, Sequence)
                and bool(node.items)
                and all(
                    isinstance(item, Mapping)
                    and len(item.items) == 1
                    and all(isinstance(value, Mapping) for _, value in item.items.values())
                    for item in node.items
                )
            )
            # '- reuters:' then its fields: each entry written as a list item.
            hint = "; replace the '- ' before each id with two spaces" if listed else ""
            if not listed and (named := formhints.ids_as_keys(node)) is not None:
                # '- id: reuters' then its fields, as other tools write a list of records.
                hint = (
                    f"; write each under its id, '{named}:' on a line of its own and its other keys "
                    f"indented below it, in place of '- id: {named}'"
                )
            return self.mismatch(node, label, spec.describe(), hint)
        out: dict[str, Values] = {}
        for key_text, (key, value_node) in node.items.items():
            if not ID_PATTERN.fullmatch(key_text):
                self.error(
                    key.pos,
                    f"'{key_text}' is not a valid id: use lowercase letters, digits and single hyphens",
                )
                continue
            if not isinstance(value_node, Mapping) and (own := self.own_key(key_text, label)):
                # 'unknowns:' indented under 'sources:' is read as a source named 'unknowns'.
                self.mismatch(value_node, f"{label}.{key_text}", spec.value.describe(), own)
                continue
            out[key_text] = self.value(value_node, spec.value, f"{label}.{key_text}")
        return out


def _what_goes(spec: fieldtypes.Field) -> str:
    """' (what the image shows, for people who cannot see it)': what a required key
    missing holds, in the schema's words, so that the editor knows what to write ('; it
    holds ...' for words with brackets of their own)."""
    doc = spec.doc.rstrip(".")
    doc = doc[:1].lower() + doc[1:]
    if "(" in doc:  # brackets of its own: said after the message, not in brackets
        return f"; it holds {doc}"
    return f" ({doc})" if doc else ""


_ZONE_OFFSET = later(r"(?:utc|gmt)? ?([+-])(\d{1,2})(?::?(\d{2}))?", re.IGNORECASE)
"""A UTC offset given as a time zone: 'GMT+2', 'UTC-5', '+02:00'."""


def _offset_advice(sign: str, hours: str, minutes: str | None) -> str:
    """What to write for a time zone given as a UTC offset ('GMT+2': the sign, hours and
    minutes): a place's zone, or the database's zone of that very offset where it has one.
    Its 'Etc/GMT+2' is UTC-2 (the signs are POSIX's, turned round): following a plain
    'did you mean' to it put every time four hours out. The database has whole hours
    from UTC-12 to UTC+14, and UTC itself."""
    h = int(hours)
    fixed = ""
    if int(minutes or 0) == 0 and h == 0:
        fixed = ", or 'UTC'"
    elif int(minutes or 0) == 0 and h <= (14 if sign == "+" else 12):
        gmt = f"GMT{'-' if sign == '+' else '+'}{h}"
        fixed = (
            f", or, for a clock that never changes, 'Etc/{gmt}' (the database writes UTC{sign}{h} as {gmt})"
        )
    return (
        "; a UTC offset is no place's clock (it keeps no summer time): write the zone of the place, "
        f"such as 'Europe/Paris'{fixed}"
    )


_UNSAFE_URL = (
    "'{label}' has a space, a quotation mark, '<', '>' or another character an address must "
    "not hold as it is; copy the address from the browser's address bar, which encodes them "
    "(a space is %20)"
)


def _unsafe_url(label: str, text: str, directory: bool = False) -> str:
    """What to say of the address ``text`` that holds a character it must not hold as it
    is: where spaces in its path are all it has wrong ('https://x.org/a b.html', as an
    editor types a page's name), the address to write, with them as %20."""
    fixed = spaces_written(text)
    if fixed is not None and address_fault(fixed, directory=directory) is None:
        return f"'{label}' has a space, which an address cannot hold as it is; write it as %20: {fixed}"
    return _UNSAFE_URL.format(label=label)


def _where(record: fieldtypes.Record, label: str) -> str:
    """Where a key is, as a message about it ends: ' in sources[0]', ' in event'."""
    return f" in {label}" if label else f" in {record.name}"


_EMPTY_DRAFT = (
    "'draft' is empty, which is the same as leaving it out: this is published; write "
    "'draft: true' to keep it out, or delete the line to publish it"
)


MOST_SOURCES_NAMED = 3
"""How many of the story's sources' ids the advice for a quote's empty 'source:' names."""


def empty_source_advice(ids: list[str] | None = None) -> str:
    """What to write in a quote's empty 'source:': the id of one of the story's sources,
    its ``ids`` (the first ``MOST_SOURCES_NAMED`` of them, and how many more) where they
    are known, or none yet; else an id as an example."""
    if ids is None:
        listed = "('source: an-id')"
    elif not ids:
        listed = "(it lists none yet: add the source there first)"
    else:
        more = len(ids) - MOST_SOURCES_NAMED
        listed = f"({', '.join(ids[:MOST_SOURCES_NAMED])}{f' and {more} more' if more > 0 else ''})"
    return f"write the id of a source listed under 'sources:' in story.yaml {listed}, or delete the line"


def _blank_text(node: Node) -> bool:
    """Whether ``node`` is a text of nothing but spaces, written in quotes ('""')."""
    return isinstance(node, Scalar) and isinstance(node.value, str) and not node.value.strip()


def sources_or_empty(story_values: Values) -> dict[str, Any]:
    """A checked story's ``sources:``, by id; none when they failed their check (which
    said why). Read by the cross-file checks and by the model alike."""
    sources = story_values.get("sources", {})
    return sources if isinstance(sources, dict) else {}


def ok(values: Values | None) -> bool:
    """True when every checked value of a file is valid (it can enter the model)."""
    return values is not None and not any(_has_invalid(v) for v in values.values())


def _has_invalid(value: Any) -> bool:
    if value is INVALID:
        return True
    if isinstance(value, dict):
        return any(_has_invalid(v) for v in value.values())
    if isinstance(value, tuple):
        return any(_has_invalid(v) for v in value)
    return False
