"""Check parsed content against the schema and build the model, collecting every problem.

Two passes: each file is checked on its own (``check_file``: types, required and
unknown keys against its ``schema.Record``, and dates in the right order, ``end`` not
before ``date``); then each story's cross-file rules are checked (ids that events refer
to exist, images exist under media/). Nothing stops at the first problem: the editor
gets the whole list in one run.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar
from urllib.parse import urlsplit

from generator.content import media, model, schema
from generator.content.dates import DateFormError, PartialDate, Precision, not_before, parse_date
from generator.content.files import MAX_MEDIA_BYTES
from generator.content.ids import ID_PATTERN
from generator.content.load import Kind, RawContent, RawStory
from generator.content.yamlnodes import Mapping, Node, Scalar, Sequence
from generator.errors import CONTROL, Position, Problem, did_you_mean
from generator.render import markup

if TYPE_CHECKING:
    from generator.speed.incremental import Memo

_INVALID: Any = object()
"""Returned by a check that failed; the problem has already been recorded."""

Values = dict[str, Any]
T = TypeVar("T")


class _Ref(NamedTuple):
    """An id a file refers to, checked once all of the story's files are known."""

    kind: str
    id: str
    label: str
    pos: Position


@dataclass(frozen=True)
class FileResult:
    """What checking one file on its own found: its values (None if it is not a
    mapping), its problems, the references and images to check across files, and its
    Markdown texts (which a build may convert while other files are still loading)."""

    values: Values | None
    problems: list[Problem]
    refs: list[_Ref]
    images: list[tuple[str, str, Position]]
    markdown: list[str]


RECORDS = {
    Kind.SITE: schema.SITE,
    Kind.STORY: schema.STORY,
    Kind.EVENT: schema.EVENT,
    Kind.FIGURE: schema.FIGURE,
    Kind.LOCATION: schema.LOCATION,
}


def check_file(root: Mapping, kind: Kind) -> FileResult:
    """Check one parsed file on its own: against its record, and its dates' order."""
    checker = _Checker()
    values = checker.record(root, RECORDS[kind])
    if values is not None:
        later, earlier = ("updated", "published") if kind is Kind.STORY else ("end", "date")
        _check_order(root, values, later, earlier, checker)
    return FileResult(values, checker.problems, checker.refs, checker.images, checker.markdown)


def _check_order(root: Mapping, values: Values, later: str, earlier: str, checker: _Checker) -> None:
    """``later`` (when given) must not be before ``earlier``."""
    first, last = values.get(earlier), values.get(later)
    if isinstance(first, PartialDate) and isinstance(last, PartialDate) and not not_before(last, first):
        checker.error(
            root.items[later][1].pos,
            f"'{later}' ({last.iso()}) is before '{earlier}' ({first.iso()})",
        )


@dataclass
class _Checker:
    """Checks values against schema types, recording problems and pending references."""

    problems: list[Problem] = field(default_factory=list)
    refs: list[_Ref] = field(default_factory=list)
    images: list[tuple[str, str, Position]] = field(default_factory=list)
    markdown: list[str] = field(default_factory=list)
    memo: Memo | None = None

    def file(self, root: Mapping, kind: Kind) -> Values | None:
        """Check a whole file, reusing the result kept for the very same parsed file."""
        hit = self.memo.get(root) if self.memo else None
        if hit is None:
            hit = check_file(root, kind)
        if self.memo is not None:
            self.memo.keep(root, hit)
        self.problems.extend(hit.problems)
        self.refs.extend(hit.refs)
        self.images.extend(hit.images)
        return hit.values

    def error(self, pos: Position, message: str) -> Any:
        self.problems.append(Problem(pos, message))
        return _INVALID

    def mismatch(self, node: Node, label: str, expected: str) -> Any:
        return self.error(node.pos, f"'{label}' must be {expected}, got {_what(node)}")

    def value(self, node: Node, ftype: schema.FieldType, label: str) -> Any:
        check: Callable[[Any, Node, str], Any] = getattr(self, "_" + type(ftype).__name__)
        return check(ftype, node, label)

    def record(self, node: Node, record: schema.Record, label: str = "") -> Values | None:
        """Check a mapping's keys and values; the values by key, or None if not a mapping."""
        if not isinstance(node, Mapping):
            self.mismatch(node, label or record.name, record.describe())
            return None
        where = f" in {label}" if label else f" in {record.name}"
        values: Values = {}
        for name, (key, value_node) in node.items.items():
            spec = record.field(name)
            if spec is None:
                known = [f.name for f in record.fields]
                hint = did_you_mean(name, known) or f" (known keys: {', '.join(known)})"
                self.error(key.pos, f"unknown key '{name}'{where}{hint}")
                continue
            full = f"{label}.{name}" if label else name
            if isinstance(value_node, Scalar) and value_node.value is None:
                if spec.required:
                    self.error(key.pos, f"'{full}' is required but has no value")
                continue  # an empty optional key is the same as leaving it out
            values[name] = self.value(value_node, spec.type, full)
        for spec in record.fields:
            if spec.required and spec.name not in node.items:
                self.error(node.pos, f"missing required key '{spec.name}'{where}")
        return values

    # One method per schema type, named after it.

    def _Text(self, spec: schema.Text, node: Node, label: str) -> Any:
        if not isinstance(node, Scalar) or isinstance(node.value, bool):
            return self.mismatch(node, label, "text")
        text = node.text.strip() if isinstance(node.value, (int, float)) else str(node.value).strip()
        if not text:
            return self.error(node.pos, f"'{label}' is empty")
        if spec.one_line and "\n" in text:
            return self.error(node.pos, f"'{label}' must be one line")
        control = CONTROL.search(text)
        if control is not None:
            code = f"U+{ord(control.group()):04X}"
            return self.error(
                node.pos, f"'{label}' contains an invisible control character ({code}); remove it"
            )
        if spec.markdown:
            costly = markup.markdown_problem(text)
            if costly is not None:
                return self.error(node.pos, f"'{label}': {costly}")
            self.markdown.append(text)
            for rel in media.references(text):
                self.images.append((rel, label, node.pos))
        return text

    def _Boolean(self, spec: schema.Boolean, node: Node, label: str) -> Any:
        if isinstance(node, Scalar) and isinstance(node.value, bool):
            return node.value
        return self.mismatch(node, label, spec.describe())

    def _Date(self, spec: schema.Date, node: Node, label: str) -> Any:
        if not isinstance(node, Scalar) or isinstance(node.value, (bool, float)):
            return self.mismatch(node, label, spec.describe())
        try:
            date = parse_date(node.text, allow_time=not spec.day_only)
        except DateFormError as exc:
            if spec.day_only and exc.args[0].startswith("expected"):
                return self.mismatch(node, label, spec.describe())
            return self.error(node.pos, f"'{label}' is not a valid date: {exc}")
        if spec.day_only and date.precision is not Precision.DAY:
            return self.mismatch(node, label, spec.describe())
        return date

    def _Url(self, spec: schema.Url, node: Node, label: str) -> Any:
        text = self._Text(schema.LINE, node, label)
        if text is _INVALID:
            return text
        parts = urlsplit(text)
        if parts.scheme not in ("http", "https") or not parts.netloc or " " in text:
            return self.mismatch(node, label, spec.describe())
        if spec.directory and not text.endswith("/"):
            return self.error(node.pos, f"'{label}' must end with '/', e.g. '{text}/'")
        return text

    def _Pattern(self, spec: schema.Pattern, node: Node, label: str) -> Any:
        text = self._Text(schema.LINE, node, label)
        if text is not _INVALID and not re.fullmatch(spec.regex.strip("^$"), text):
            return self.mismatch(node, label, spec.describe())
        return text

    def _WholeNumber(self, spec: schema.WholeNumber, node: Node, label: str) -> Any:
        if (
            not isinstance(node, Scalar)
            or isinstance(node.value, bool)
            or not isinstance(node.value, int)
            or not spec.minimum <= node.value <= spec.maximum
        ):
            return self.mismatch(node, label, spec.describe())
        return node.value

    def _Ref(self, spec: schema.Ref, node: Node, label: str) -> Any:
        text = self._Text(schema.LINE, node, label)
        if text is not _INVALID:
            self.refs.append(_Ref(spec.kind, text, label, node.pos))
        return text

    def _FigureOrText(self, spec: schema.FigureOrText, node: Node, label: str) -> Any:
        return self._Text(schema.LINE, node, label)

    def _ImageSrc(self, spec: schema.ImageSrc, node: Node, label: str) -> Any:
        text = self._Text(schema.LINE, node, label)
        if text is _INVALID or text.startswith("https://"):
            return text
        if "://" in text or text.startswith(("/", "\\")) or ".." in text.split("/"):
            return self.mismatch(node, label, spec.describe())
        rel = text.removeprefix("media/")
        self.images.append((rel, label, node.pos))
        return "media/" + rel

    def _Coordinates(self, spec: schema.Coordinates, node: Node, label: str) -> Any:
        if not isinstance(node, Sequence) or len(node.items) != 2:
            return self.mismatch(node, label, spec.describe())
        out: list[float] = []
        for item, name, limit in zip(node.items, ("latitude", "longitude"), (90, 180), strict=True):
            if (
                not isinstance(item, Scalar)
                or isinstance(item.value, bool)
                or not isinstance(item.value, (int, float))
            ):
                return self.mismatch(item, f"{label} {name}", "a number")
            if not -limit <= item.value <= limit:
                return self.error(
                    item.pos,
                    f"{name} {item.text} is out of range (-{limit} to {limit})",
                )
            out.append(float(item.value))
        return (out[0], out[1])

    def _ListOf(self, spec: schema.ListOf, node: Node, label: str) -> Any:
        if not isinstance(node, Sequence):
            hint = " (write [a, b] or one '- item' per line)" if isinstance(node, Scalar) else ""
            return self.mismatch(node, label, "a list" + hint)
        items = []
        seen: dict[str, int] = {}
        for i, item in enumerate(node.items, start=1):
            value = self.value(item, spec.item, f"{label}[{i}]")
            if isinstance(spec.item, schema.Ref) and isinstance(value, str):
                if value in seen:
                    self.error(item.pos, f"'{value}' is listed twice in '{label}'")
                    continue
                seen[value] = i
            items.append(value)
        return tuple(items)

    def _Record(self, spec: schema.Record, node: Node, label: str) -> Any:
        values = self.record(node, spec, label)
        return _INVALID if values is None else values

    def _IdMap(self, spec: schema.IdMap, node: Node, label: str) -> Any:
        if not isinstance(node, Mapping):
            return self.mismatch(node, label, spec.describe())
        out: dict[str, Values] = {}
        for key_text, (key, value_node) in node.items.items():
            if not ID_PATTERN.fullmatch(key_text):
                self.error(
                    key.pos,
                    f"'{key_text}' is not a valid id: use lowercase letters, digits and single hyphens",
                )
                continue
            out[key_text] = self._Record(spec.value, value_node, f"{label}.{key_text}")
        return out


def _what(node: Node) -> str:
    if isinstance(node, Mapping):
        return "a mapping ('key: value' lines)"
    if isinstance(node, Sequence):
        return "a list"
    if node.value is None:
        return "nothing"
    if isinstance(node.value, bool):
        return "true" if node.value else "false"
    text = node.text if len(node.text) <= 40 else node.text[:37] + "..."
    return f"'{text}'"


def _ok(values: Values | None) -> bool:
    """True when every checked value of a file is valid (it can enter the model)."""
    return values is not None and not any(_has_invalid(v) for v in values.values())


def _has_invalid(value: Any) -> bool:
    if value is _INVALID:
        return True
    if isinstance(value, dict):
        return any(_has_invalid(v) for v in value.values())
    if isinstance(value, tuple):
        return any(_has_invalid(v) for v in value)
    return False


def _image(values: Values | None) -> model.Image | None:
    return model.Image(**values) if values else None


def _build_event(event_id: str, v: Values, figure_ids: set[str]) -> model.Event:
    quotes = tuple(
        model.Quote(q["text"], q["by"], q["by"] in figure_ids, q.get("source")) for q in v.get("quotes", ())
    )
    return model.Event(
        id=event_id,
        title=v["title"],
        date=v["date"],
        summary=v["summary"],
        end=v.get("end"),
        circa=v.get("circa", False),
        display_date=v.get("display_date"),
        body=v.get("body"),
        figures=v.get("figures", ()),
        locations=v.get("locations", ()),
        sources=v.get("sources", ()),
        quotes=quotes,
        tags=v.get("tags", ()),
        image=_image(v.get("image")),
        draft=v.get("draft", False),
    )


def _check_story(raw: RawStory, checker: _Checker, media_limit: int) -> model.Story | None:
    """Check one story folder's files and cross-references; the Story if all is well."""
    first_problem = len(checker.problems)
    checker.refs.clear()
    checker.images.clear()
    story_values = checker.file(raw.story.root, Kind.STORY) if raw.story and raw.story.root else None
    checked: dict[Kind, dict[str, Values | None]] = {}
    for kind in (Kind.EVENT, Kind.FIGURE, Kind.LOCATION):
        checked[kind] = {
            fid: checker.file(f.root, kind) if f.root else None for fid, f in raw.files[kind].items()
        }
    known = {
        "figure": set(raw.files[Kind.FIGURE]),
        "location": set(raw.files[Kind.LOCATION]),
        # Unknown when story.yaml or its sources are broken: that is reported already.
        "source": None
        if story_values is None or story_values.get("sources") is _INVALID
        else set(_sources_or_empty(story_values)),
    }
    for ref in checker.refs:
        ids = known[ref.kind]
        if ids is not None and ref.id not in ids:
            checker.error(
                ref.pos,
                f"unknown {ref.kind} '{ref.id}' in '{ref.label}'{did_you_mean(ref.id, ids)}",
            )
    for rel, label, pos in checker.images:
        if rel not in raw.media:
            hint = did_you_mean(rel, raw.media)
            checker.error(pos, f"'{label}': no file 'media/{rel}' in this story{hint}")
        elif (why := media.problem(os.path.join(raw.path, "media", rel), media_limit)) is not None:
            checker.error(pos, f"'{label}': 'media/{rel}' {why}")

    if len(checker.problems) > first_problem or not _ok(story_values):
        return None
    assert story_values is not None and raw.story is not None
    return _build_story(raw, story_values, checked, checker.memo)


def _make(values: Values, extra: Any, make: Callable[..., T], *args: Any) -> T:
    """A model object made from ``values`` (``Memo.model`` without the memory)."""
    return make(*args)


def _sources_or_empty(story_values: Values) -> dict[str, Any]:
    sources = story_values.get("sources", {})
    return sources if isinstance(sources, dict) else {}


def _figure(fid: str, f: Values) -> model.Figure:
    return model.Figure(
        id=fid,
        name=f["name"],
        role=f["role"],
        summary=f.get("summary"),
        aliases=f.get("aliases", ()),
        image=_image(f.get("image")),
    )


def _location(lid: str, loc: Values) -> model.Location:
    return model.Location(
        id=lid,
        name=loc["name"],
        kind=loc.get("kind"),
        country=loc.get("country"),
        coordinates=loc.get("coordinates"),
        summary=loc.get("summary"),
    )


def _source(sid: str, src: Values) -> model.Source:
    return model.Source(id=sid, **src)


def _build_story(
    raw: RawStory, v: Values, checked: dict[Kind, dict[str, Values | None]], memo: Memo | None
) -> model.Story:
    made = memo.model if memo is not None else _make
    figures = {fid: made(f, fid, _figure, fid, f) for fid, f in checked[Kind.FIGURE].items() if f is not None}
    locations = {
        lid: made(loc, lid, _location, lid, loc)
        for lid, loc in checked[Kind.LOCATION].items()
        if loc is not None
    }
    events = []
    for eid, e in checked[Kind.EVENT].items():
        if e is not None:
            by_figure = tuple(q["by"] in figures for q in e.get("quotes", ()))
            events.append(made(e, (eid, by_figure), _build_event, eid, e, set(figures)))
    events.sort(key=lambda e: e.sort_key)
    sources = {sid: made(src, sid, _source, sid, src) for sid, src in _sources_or_empty(v).items()}
    key_numbers = tuple(model.KeyNumber(**k) for k in v.get("key_numbers", ()))
    return model.Story(
        id=raw.id,
        title=v["title"],
        summary=v["summary"],
        published=v["published"],
        events=tuple(events),
        figures=figures,
        locations=locations,
        sources=sources,
        updated=v.get("updated"),
        byline=v.get("byline"),
        unknowns=v.get("unknowns", ()),
        key_numbers=key_numbers,
        draft=v.get("draft", False),
        media=frozenset(raw.media),
    )


def validate(raw: RawContent, problems: list[Problem], memo: Memo | None = None) -> model.Site | None:
    """Check everything; append every problem found; the Site only when there are none."""
    checker = _Checker(problems, memo=memo)
    site_values = checker.file(raw.site.root, Kind.SITE) if raw.site and raw.site.root else None
    limit = MAX_MEDIA_BYTES
    if site_values is not None and isinstance(site_values.get("media_max_mb"), int):
        limit = site_values["media_max_mb"] * 1_000_000
    stories = [s for s in (_check_story(r, checker, limit) for r in raw.stories) if s is not None]
    if memo is not None:
        memo.finish()
    if problems or site_values is None or not _ok(site_values):
        return None
    stories.sort(key=lambda s: s.id)
    stories.sort(key=lambda s: s.last_changed.sort_key, reverse=True)
    return model.Site(
        title=site_values["title"],
        stories=tuple(stories),
        description=site_values.get("description"),
        base_url=site_values.get("base_url"),
        language=site_values.get("language", "en"),
        cname=site_values.get("cname"),
        media_max_bytes=limit,
    )
