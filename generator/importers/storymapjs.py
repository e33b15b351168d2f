"""Reading a StoryMapJS story: the JSON its authoring tool saves (and publishes beside the
story's page as ``published.json``), as the slides the TimelineJS import converts, and
the places its slides are at.

What such a file holds, in our words: one object, ``storymap``, with a list of
``slides`` and the story's own settings: ``language`` (of its buttons), ``map_type``
(the map's tiles; ``zoomify`` with ``map_as_image`` for a story told on one large
picture rather than a map), ``call_to_action`` and its words (the start button),
fonts, line colours. A slide has ``type`` (``overview`` for the title slide, which shows
the whole map), ``date`` (free text, shown above the headline), ``text`` (``headline``
and ``text``), ``media`` (``url``, ``caption``, ``credit``), ``background`` (``url``,
``color``, ``opacity``) and ``location`` (``lat``, ``lon``, ``name``, ``zoom``,
``line``, ``icon``). StoryMapJS puts the headline, the text, the date, the caption and
the credit into the page as HTML, so they are read as TimelineJS slides' HTML is
(``html.py``): the slides given on have TimelineJS3's shape, with ``start_date`` and
``display_date`` read from the free-text date.

A slide without a date at a position (a map tour's stops are often undated) is a place
only (``PlaceOnly``): an event needs a date to be placed, but nothing of the slide is
lost, as its place's file has its text as its summary. One whose date cannot be read
('Spring', two years) is left out as an event and said, as a TimelineJS slide without a
start date is, its place kept as an undated slide's is; one without a date and without a
position is left out whole. A date without a year ('Sept 3') is in
the overview's year, when its date names one. The slides' positions become places
(``locations/``): slides at one place (within ``SAME_PLACE_METRES``, or of the same name
within ``SAME_NAME_METRES``) share one.
"""

from __future__ import annotations

import html
import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar
from urllib.parse import quote, urlsplit, urlunsplit

from babel import Locale, UnknownLocaleError

from generator.content.datehints import either_way, suggest
from generator.content.dates import MONTHS, DateFormError, PartialDate, parse_date
from generator.content.filenames import not_a_device
from generator.content.ids import to_id
from generator.content.kinds import Kind
from generator.errors import ContentError, Position, Problem
from generator.importers.convert import Story
from generator.importers.dates import date_examples
from generator.importers.existing import SAME_PLACE_METRES, metres_apart, other_place
from generator.importers.html import (
    MAX_TAG_DEPTH,
    dropped_links,
    to_markdown,
    to_text,
    too_deep,
    too_many_tags,
)
from generator.importers.ids import free_id
from generator.importers.media import links_cleaned
from generator.importers.pictures import Picture
from generator.importers.remote import TIMELINEJS_LANGUAGES
from generator.importers.slides import Report, Slide, Timeline, shortened
from generator.importers.timelinejs import decoded
from generator.importers.yamlwrite import place_yaml
from generator.markdown.markup import MAX_HTML_TAGS, markdown_problem

STORYMAP = "storymapjs"
"""The import's name for the format (``explainer import storymapjs``)."""

SAME_NAME_METRES = 5_000.0
"""Slides whose positions have the same name are at one place within this distance (pins
dropped on a town's hall and on its square), and two places of one name beyond it (a
name copied from the slide before with the pin moved: StoryMapJS's own example names
Hannibal 'Florida, Missouri', 13 km away)."""

_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
"""A year of four digits in a free-text date ('Spring 1942')."""

_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
"""A date written with numbers and slashes ('05/11/2015'), day or month first."""

_SLIDE_FIELDS = ("text", "media", "background")
"""A slide's fields that TimelineJS slides have too, given on as they are."""

_OBJECTS = ("text", "media", "location")
"""A slide's fields that StoryMapJS reads as objects."""

_PUBLISHED_HOSTS = ("uploads.knightlab.com", "storymap.knightlab.com")
"""Where StoryMapJS publishes stories: a story's page there has its ``published.json`` beside it."""


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    lat: float
    lon: float


@dataclass(frozen=True)
class PlaceOnly:
    """A slide without a date at a position: no event (an event is placed by its date), but
    its place, with the slide's words as the place's summary."""

    number: int
    """The slide's number as StoryMapJS's editor lists them, the overview first."""
    where: str
    """Its JSON pointer."""
    place: Place
    headline: str
    """Its headline's HTML."""
    text: str
    """Its text's HTML."""
    media: str
    """Its media's address, if any."""
    slide: Slide | None = None
    """The slide in TimelineJS's shape, whose media ``convert`` makes a picture of: shown
    in the place's summary, as a place has no picture field (``Story.place_pictures``)."""


@dataclass(frozen=True)
class StoryMap(Timeline):
    """A StoryMapJS story read as a timeline, and where its slides are."""

    places: Mapping[str, Place] = field(default_factory=dict)
    """The place of each event slide that has one, by the slide's JSON pointer."""
    places_only: tuple[PlaceOnly, ...] = ()
    """The slides without a date that are places only, in their order."""
    language: str | None = None
    """The story's ``language``, when it gives one other than English, its default."""
    kind: ClassVar[str] = STORYMAP


def published_json(source: str) -> str:
    """The address of the JSON of a story published by StoryMapJS when ``source`` is the
    story's page there ('.../index.html' or the folder), else ``source`` as it is."""
    parts = urlsplit(source.strip())
    if (parts.hostname or "").lower() not in _PUBLISHED_HOSTS or parts.path.endswith(".json"):
        return source
    folder = parts.path.removesuffix("index.html")
    folder = folder if folder.endswith("/") else folder + "/"
    return urlunsplit((parts.scheme, parts.netloc, folder + "published.json", "", ""))


def read_storymap(text: str, path: str, reports: list[Report], language: str | None = None) -> StoryMap:
    """The story in ``text`` (read from ``path``) as slides and places; ContentError when
    it is no StoryMapJS story. ``language``: the one the import reads the story in
    (``--language``, else the site's), which says which way round its dates with
    slashes are written when nothing in the story does."""
    data = decoded(text, path)
    story = _story_object(data, path)
    slides = story.get("slides")
    if not isinstance(slides, list):
        raise ContentError([Problem(Position(path), "'storymap/slides' is not a list of slides")])
    on_picture = story.get("map_as_image") is True or story.get("map_type") == "zoomify"
    title: Slide | None = None
    events: list[Slide] = []
    places_only: list[PlaceOnly] = []
    places = _Places()
    dates = _Dates(
        order=_slashed_order(slides, (_language(story), language)), language=_language(story) or language
    )
    for n, item in enumerate(slides):
        where = f"{path}:/storymap/slides/{n}"
        if not isinstance(item, Mapping):
            reports.append(Report(where, f"slide {n + 1} is not a slide object; left out", skipped=True))
            continue
        reports.extend(_not_objects(item, where))
        if item.get("type") == "overview" and title is None:
            title = Slide(_as_timelinejs(item, title=True), where, pointer=True)
            dates.of_overview(item.get("date"), where)
            continue
        if _undated(item) and not on_picture and (place := places.of(item, where, n + 1, reports)):
            places_only.append(_place_only(item, where, n + 1, place))
            continue
        said_before = len(reports)
        slide = _event_slide(item, where, n + 1, reports, dates)
        if slide is None:
            if not on_picture and (place := places.of(item, where, n + 1, reports)) is not None:
                # Its date does not read ('Spring'): its place is kept with its words, as an
                # undated slide's is, and the report on its date says where.
                places_only.append(_place_only(item, where, n + 1, place))
                _say_place_kept(reports, said_before, place)
            continue
        events.append(slide)
        if not on_picture and (place := places.of(item, where, n + 1, reports)) is not None:
            places.at[where] = place
    if on_picture and any(_has_position(s) for s in slides if isinstance(s, Mapping)):
        said = (
            "the story is told on a picture (map_as_image), not a map: its slides' positions are "
            "points on the picture, not places on Earth; no places were written"
        )
        reports.append(Report(f"{path}:/storymap/map_as_image", said))
    reports.extend(dates.said())
    return StoryMap(
        title,
        tuple(events),
        (),
        os.path.dirname(path),
        places=places.at,
        places_only=tuple(places_only),
        language=_language(story),
    )


def _say_place_kept(reports: list[Report], said_before: int, place: Place) -> None:
    """The report on a slide left out for its date (the one made after ``said_before``)
    said to keep its place: its words are in the place's file, and the slide stays left out
    as an event (an earlier import's file of it is kept: ``run.Left``)."""
    for i in range(said_before, len(reports)):
        if reports[i].skipped:
            kept = f"; its place is kept, with its words, in {PLACES}/{place.id}.yaml"
            reports[i] = replace(reports[i], message=reports[i].message + kept)
            return


def _undated(item: Mapping[str, Any]) -> bool:
    """Whether the slide ``item`` gives no date at all (none, or an empty one), as a map
    tour's stops do: not one that cannot be read, which was meant as a date."""
    raw = item.get("date")
    return raw is None or (isinstance(raw, str) and not to_text(raw))


def _place_only(item: Mapping[str, Any], where: str, number: int, place: Place) -> PlaceOnly:
    """The undated slide ``item`` at ``place``, as the place's words."""
    text = item.get("text")
    headline, words = (text.get(key) if isinstance(text, Mapping) else None for key in ("headline", "text"))
    media = item.get("media")
    url = media.get("url") if isinstance(media, Mapping) else None
    return PlaceOnly(
        number,
        where,
        place,
        headline if isinstance(headline, str) else "",
        words if isinstance(words, str) else "",
        url.strip() if isinstance(url, str) else "",
        Slide(_as_timelinejs(item), where, pointer=True),
    )


def _story_object(data: Any, path: str) -> Mapping[str, Any]:
    """The ``storymap`` object of ``data``; ContentError, saying what it is when known."""
    if isinstance(data, Mapping) and isinstance(data.get("storymap"), Mapping):
        return data["storymap"]  # type: ignore[no-any-return]
    if isinstance(data, Mapping) and isinstance(data.get("events"), list):
        said = (
            "this is a TimelineJS timeline, not a StoryMapJS story; import it with "
            "'explainer import timelinejs'"
        )
    else:
        said = "not a StoryMapJS story: expected an object with a 'storymap' object holding 'slides'"
    raise ContentError([Problem(Position(path), said)])


def _language(story: Mapping[str, Any]) -> str | None:
    """The story's ``language`` as a language tag, but English (its default, which says
    nothing): StoryMapJS's own codes for its translations that are not tags read as meant."""
    language = story.get("language")
    if not isinstance(language, str) or language.strip().lower() in ("", "en"):
        return None
    code = language.strip()
    return _LANGUAGES.get(code.lower(), code)


_LANGUAGES = {**TIMELINEJS_LANGUAGES, "jp": "ja"}
"""StoryMapJS's codes of its translations that are no language tag (or name another
script), by the tag meant: those it shares with TimelineJS, and 'jp' for Japanese."""


def _not_objects(slide: Mapping[str, Any], where: str) -> list[Report]:
    """What is said of each of ``_OBJECTS`` the slide gives as something else (a text):
    StoryMapJS shows nothing of it, and it is read as if the slide had none."""
    said = []
    for key in _OBJECTS:
        value = slide.get(key)
        if value is not None and not isinstance(value, Mapping) and str(value).strip():
            said.append(Report(f"{where}/{key}", f"'{key}' is '{shortened(value)}', not an object; left out"))
    return said


def _as_timelinejs(item: Mapping[str, Any], *, title: bool = False) -> dict[str, Any]:
    """The fields of the StoryMapJS slide ``item`` that a TimelineJS slide has too; the
    title slide's date as its display date (said to be left out: a story has none)."""
    data = {key: item[key] for key in _SLIDE_FIELDS if isinstance(item.get(key), Mapping)}
    if title and isinstance(item.get("date"), str) and item["date"].strip():
        data["display_date"] = item["date"]
    return data


@dataclass
class _Dates:
    """The year of the overview slide's date, which slides' dates without one are in
    (StoryMapJS's own examples date the overview '2013' and the slides 'Sept 3'), and
    the slides that took it."""

    year: int | None = None
    where: str = ""
    took: list[str] = field(default_factory=list)
    order: _Order | None = None
    """Which way round the story writes its dates with slashes, when something says so."""
    language: str | None = None
    """The story's language (its own, else the one the import reads it in), whose written
    dates an editor is shown beside English ones (``date_examples``)."""
    turned: Report | None = None
    """What is said of the first date with slashes read by ``order`` that could be read
    both ways (once: the others follow the same way)."""

    def of_overview(self, raw: Any, where: str) -> None:
        self.year = _one_year(to_text(raw)) if isinstance(raw, str) else None
        self.where = f"{where}/date"

    def in_the_year(self, written: str) -> PartialDate | None:
        """The date ``written`` without a year ('Sept 3') names in the overview's year."""
        if self.year is None or not written.strip() or _YEAR.search(written):
            return None
        found = suggest(f"{written.strip()} {self.year}")
        if found is None or "T" in found:
            return None
        self.took.append(written)
        return parse_date(found)

    def either_way(self, written: str, where: str) -> PartialDate | None:
        """The date ``written`` with slashes, day or month first ('05/11/2015'), read the
        way round the story writes them (``order``), else None."""
        both = either_way(written)
        if both is None or self.order is None:
            return None
        date = parse_date(both[0] if self.order.day_first else both[1])
        if self.turned is None:
            how = "day first" if self.order.day_first else "month first"
            said = (
                f"'{shortened(written)}' read {how} ({in_words(date)}), as are all the story's dates "
                f"with slashes: {self.order.because}"
            )
            self.turned = Report(where, said)
        return date

    def said(self) -> list[Report]:
        turned = [self.turned] if self.turned else []
        if not self.took:
            return turned
        some = ", ".join(f"'{shortened(d)}'" for d in self.took[:3]) + (", ..." if len(self.took) > 3 else "")
        what = "1 slide's date" if len(self.took) == 1 else f"{len(self.took)} slides' dates"
        return [
            *turned,
            Report(self.where, f"{what} without a year ({some}) read in {self.year}, the overview's year"),
        ]


@dataclass(frozen=True)
class _Order:
    """Which way round a story writes the day and month of its dates with slashes, and why
    that is known (said with the first date it turns)."""

    day_first: bool
    because: str


def _slashed_order(slides: list[Any], languages: tuple[str | None, ...]) -> _Order | None:
    """The order of the story's dates with slashes: the one its dates that read one way
    only show ('25/10/2024'), when they agree; else that of the first of ``languages``
    whose dates say which (CLDR's short date: 'dd/MM/y' in pt-BR, 'M/d/yy' in en-US);
    None when nothing says (a story in English, which is written both ways)."""
    shown: dict[bool, str] = {}
    for n, item in enumerate(slides):
        raw = item.get("date") if isinstance(item, Mapping) else None
        found = _SLASHED.fullmatch(to_text(raw).strip()) if isinstance(raw, str) else None
        if found is None or either_way(found[0]) is not None:
            continue
        first, second = int(found[1]), int(found[2])
        if first > 12 >= second or second > 12 >= first:
            day_first = first > 12
            order = "day first" if day_first else "month first"
            shown.setdefault(day_first, f"slide {n + 1} writes '{found[0]}', which can only be {order}")
    if len(shown) == 1:
        ((only, because),) = shown.items()
        return _Order(only, because)
    if shown:
        return None  # both ways in one story: no date can be trusted to say
    for tag in languages:
        if tag and (says := _writes_day_first(tag)) is not None:
            return _Order(says, f"its language, {tag}, writes them so")
    return None


def _writes_day_first(tag: str) -> bool | None:
    """Whether the language ``tag`` writes a date in numbers day first (True), month
    first (False), as CLDR's short date form has it; None for English without a region
    (StoryMapJS's default, and written both ways) and for a language that writes the
    year first or is unknown."""
    if tag.strip().lower() in ("en", ""):
        return None
    try:
        pattern = Locale.parse(tag.strip().replace("-", "_")).date_formats["short"].pattern
    except (UnknownLocaleError, ValueError, TypeError):
        return None
    if pattern.lstrip("'").startswith("y"):
        return None
    day, month = pattern.find("d"), pattern.find("M")
    return None if day < 0 or month < 0 else day < month


def in_words(date: PartialDate) -> str:
    """A day as an editor's message writes it: '5 November 2015'."""
    return f"{date.day} {MONTHS[date.month or 0]} {date.year}"


def _event_slide(
    item: Mapping[str, Any], where: str, number: int, reports: list[Report], dates: _Dates
) -> Slide | None:
    """The event slide of ``item``, dated (the year of a date without one the overview's:
    ``dates``); None (said) when its date cannot be read."""
    raw = item.get("date")
    written = to_text(raw) if isinstance(raw, str) else ""
    given = item["text"].get("headline") if isinstance(item.get("text"), Mapping) else None
    headline = to_text(given) if isinstance(given, str) else ""  # another kind is said when converted
    named = f"slide {number}" + (f" ('{shortened(headline)}')" if headline else "")
    if raw is not None and (not isinstance(raw, str | int) or isinstance(raw, bool)):
        said = f"{named}: its date is not a text; slide left out"
        reports.append(Report(f"{where}/date", said, skipped=True))
        return None
    if isinstance(raw, int) and not isinstance(raw, bool):
        written = str(raw)
    turned = dates.either_way(written, f"{where}/date")
    if turned is None and (both := either_way(written)) is not None:
        said = (
            f"{named} has the date '{shortened(written)}', which may be {in_words(parse_date(both[0]))} "
            f"(day first) or {in_words(parse_date(both[1]))} (month first): write it as {both[0]} or "
            f"{both[1]} in StoryMapJS and import again with --force, or give the story's --language; "
            "slide left out"
        )
        reports.append(Report(f"{where}/date", said, skipped=True))
        return None
    date = turned or read_date(written)
    in_the_year = date is None and (date := dates.in_the_year(written)) is not None
    if date is None:
        why = (
            "has no date, nor a position on the map that would make it a place"
            if not written
            else f"has the date '{shortened(written)}', which is not one date"
        )
        said = (
            f"{named} {why}, and each event is placed by its date: write one in StoryMapJS "
            f"({date_examples(dates.language, also='2010-04-07')}) and import again with --force; "
            "slide left out"
        )
        reports.append(Report(f"{where}/date", said, skipped=True))
        return None
    data = _as_timelinejs(item)
    parts = (date.year, date.month, date.day, date.hour, date.minute)
    names = ("year", "month", "day", "hour", "minute")
    data["start_date"] = {n: str(value) for n, value in zip(names, parts, strict=True) if value is not None}
    # The editor's words, where not the date's form nor its numbers, which the pages
    # write whole in their language ('5 de novembro de 2015').
    if written != date.iso() and not in_the_year and turned is None and not _in_numbers(written):
        data["display_date"] = written
    return Slide(data, where, pointer=True)


def _in_numbers(written: str) -> bool:
    """Whether ``written`` is a date in numbers alone ('25/10/2024', '25.10.2024')."""
    return re.fullmatch(r"\d{1,2}[/.]\d{1,2}[/.]\d{4}", written.strip()) is not None


def read_date(written: str) -> PartialDate | None:
    """The date of a slide's free-text ``written``: in the content's form (2010-04-07), as
    a date written another way that ``check`` would suggest ('7 April 2010'), else its one
    year of four digits ('Spring 1942': 1942, the words kept as its display date); None
    when it gives none."""
    text = written.strip()
    for form in (text, suggest(text)):
        if form:
            try:
                return parse_date(form)
            except DateFormError:
                pass
    year = _one_year(text)
    return PartialDate(year) if year is not None else None


def _one_year(text: str) -> int | None:
    """The one year of four digits ``text`` names, if it names one and no other."""
    years = {int(y) for y in _YEAR.findall(text)}
    return years.pop() if len(years) == 1 and 1 <= min(years) <= 9999 else None


def _has_position(slide: Mapping[str, Any]) -> bool:
    location = slide.get("location")
    return isinstance(location, Mapping) and "lat" in location and "lon" in location


def _coordinate(value: Any, limit: float) -> float | None:
    """A latitude or longitude within ``limit`` (a number, or a number written as text)."""
    if isinstance(value, bool):
        return None
    try:
        number = float(value) if isinstance(value, int | float | str) else math.nan
    except (ValueError, OverflowError):  # JSON's integers are unbounded: 10**400 is no float
        return None
    return number if math.isfinite(number) and -limit <= number <= limit else None


def _metres(a: Place, lat: float, lon: float) -> float:
    """How far apart ``a`` and the position ``lat``, ``lon`` are, over the Earth's surface."""
    return metres_apart((a.lat, a.lon), (lat, lon))


@dataclass
class _Places:
    """The places found so far, each once."""

    at: dict[str, Place] = field(default_factory=dict)
    found: list[Place] = field(default_factory=list)

    def of(self, item: Mapping[str, Any], where: str, number: int, reports: list[Report]) -> Place | None:
        """The place of the slide ``item``: one found already at its name or position, or
        a new one; None when it has no position (a slide without a map), or one that is no
        place on Earth (said)."""
        location = item.get("location")
        if not isinstance(location, Mapping) or ("lat" not in location and "lon" not in location):
            return None
        lat, lon = _coordinate(location.get("lat"), 90), _coordinate(location.get("lon"), 180)
        if lat is None or lon is None:
            given = f"{shortened(location.get('lat'))}, {shortened(location.get('lon'))}"
            said = f"slide {number}: its position ({given}) is no latitude and longitude; no place"
            reports.append(Report(f"{where}/location", said))
            return None
        name = _place_name(item, number)
        for place in self.found:
            apart = _metres(place, lat, lon)
            if apart <= SAME_PLACE_METRES:
                return place
            if place.name.casefold() != name.casefold():
                continue
            if apart <= SAME_NAME_METRES:
                return place
            said = (
                f"slide {number}: its place is named '{shortened(name)}' as '{place.id}' is, but is "
                f"{apart / 1000:,.0f} km from it, so it is a place of its own; if they are one, "
                "name the place of both slides' events alike by hand"
            )
            reports.append(Report(f"{where}/location", said))
            break
        wanted = not_a_device(to_id(name, limit=60, fallback="place"), "place")
        place = Place(free_id(wanted, {p.id for p in self.found}), name, round(lat, 6), round(lon, 6))
        self.found.append(place)
        return place


def _place_name(item: Mapping[str, Any], number: int) -> str:
    """A place's name: its own (``location.name``), else its slide's headline, else its number."""
    location = item.get("location")
    own = location.get("name") if isinstance(location, Mapping) else None
    if isinstance(own, str) and (name := " ".join(to_text(own).split())):
        return name
    text = item.get("text")
    headline = text.get("headline") if isinstance(text, Mapping) else None
    if isinstance(headline, str) and (name := " ".join(to_text(headline).split())):
        return name
    return f"Place of slide {number}"


def with_places(
    story: Story, storymap: StoryMap, folder: str, reports: list[Report]
) -> tuple[Story, dict[str, str]]:
    """``story``, its events naming the places of their slides (``locations``), and the
    files of those places by path in the story's ``folder`` ('locations/<id>.yaml'), a
    place of undated slides with their words as its summary (``PlaceOnly``); a place the
    story has of one's id, elsewhere, said (``existing.other_place``)."""
    where_of = dict(story.slides)
    events = []
    found: dict[str, tuple[Place, str]] = {}  # each place, and the first slide at it
    for event in story.events:
        where = where_of.get(event.id, "")
        place = storymap.places.get(where)
        if place is None:
            events.append(event)
            continue
        events.append(replace(event, locations=(place.id,)))
        found.setdefault(place.id, (place, where))
    summaries: dict[str, list[str]] = {}
    pictures = dict(story.place_pictures)
    for only in storymap.places_only:
        found.setdefault(only.place.id, (only.place, only.where))
        kept = os.path.lexists(os.path.join(folder, PLACES, f"{only.place.id}.yaml"))
        picture = pictures.get(only.where)
        summaries.setdefault(only.place.id, []).extend(_summary_of(only, reports, picture, kept=kept))
    files: dict[str, str] = {}
    for place, where in found.values():
        rel = f"{PLACES}/{place.id}.yaml"
        summary = "\n\n".join(summaries.get(place.id, []))
        files[rel] = place_yaml(place.name, (place.lat, place.lon), os.path.join(folder, rel), summary)
        elsewhere = other_place(folder, place.id, place.name, (place.lat, place.lon), f"{where}/location")
        reports.extend([elsewhere] if elsewhere else [])
    return replace(story, events=tuple(events)), files


PLACES = Kind.LOCATION.value
"""The story's folder of places."""


def _summary_of(
    only: PlaceOnly, reports: list[Report], picture: Picture | None = None, *, kept: bool = False
) -> list[str]:
    """The words of an undated slide as its place's summary, safe Markdown: its picture
    (copied into ``media/``: a place has no picture field, and its summary is shown as
    Markdown on its page), then its text, or, without one, its headline where that is not
    the place's name; what of it is left out said (media that is no picture in
    ``media/``; links that are not safe; HTML past the bounds). ``kept``: the place's
    file is there already, an editor's, and stays as it is."""
    named = f"slide {only.number}"
    shown = [] if picture is None else [_picture_markdown(picture)]
    if picture is not None:
        reports.append(Report(f"{only.where}/media", _picture_said(only, picture, kept=kept)))
    elif only.media:
        said = (
            f"{named} is a place only (it has no date), and a place has no picture: its media "
            f"'{shortened(only.media)}' is left out (give the slide a date to make it an event, with its "
            "picture)"
        )
        reports.append(Report(f"{only.where}/media", said))
    return shown + _words_of(only, reports)


def _picture_said(only: PlaceOnly, picture: Picture, *, kept: bool) -> str:
    """What is said of an undated slide's picture: where it went, and what to do."""
    named = f"slide {only.number} is a place only (it has no date)"
    file = f"{PLACES}/{only.place.id}.yaml"
    if kept:
        return (
            f"{named}; its picture is copied in as {picture.src}, but {file} is kept as it is: to show the "
            f"picture there, add {_picture_line(picture)} to its summary (a media file no page shows is "
            "not published)"
        )
    alt = "" if picture.alt_given else f"; its alt text is its {_alt_from(picture)}: write what it shows"
    return f"{named}: its picture, {picture.src}, is shown in the summary of {file}{alt}"


def _alt_from(picture: Picture) -> str:
    """What an undated slide's picture's alt text was taken from (``slide_media``): its
    caption, else its headline."""
    return "caption" if picture.caption else "headline"


def _picture_markdown(picture: Picture) -> str:
    """``picture``, in ``media/``, as Markdown for a place's summary: the picture with its
    alt text, then a caption the alt text is not, and its credit."""
    out = _picture_line(picture)
    if picture.alt_given and picture.caption:
        out += f"\n\n{picture.caption}"
    if picture.credit:
        out += f"\n\n{_as_markdown(picture.credit)}"
    return out


def _picture_line(picture: Picture) -> str:
    """``picture``, in ``media/``, as a Markdown picture: its alt text and its address."""
    address = quote(picture.src, safe="/")  # a space or '#' in a name: %20, %23, as check asks
    return f"![{_as_markdown(' '.join(picture.alt.split()))}]({address})"


def _as_markdown(text: str) -> str:
    """``text`` (plain) as Markdown that shows it as it is (brackets, a line's '#' and
    the rest escaped as a slide's text is)."""
    return to_markdown(html.escape(text, quote=False))


def _words_of(only: PlaceOnly, reports: list[Report]) -> list[str]:
    """The undated slide's text (else its headline, where that is not its place's name)
    as Markdown; what of it is left out said."""
    named = f"slide {only.number}"
    html = only.text if to_text(only.text) else only.headline
    if html is only.headline and to_text(html).casefold() == only.place.name.casefold():
        return []
    if too_many_tags(html) or too_deep(html):
        bound = f"more than {MAX_HTML_TAGS:,} tags" if too_many_tags(html) else f"tags {MAX_TAG_DEPTH} deep"
        reports.append(Report(f"{only.where}/text", f"{named}: its HTML has {bound}; left out of its place"))
        return []
    markdown = to_markdown(links_cleaned(html, f"{only.where}/text", reports))
    if problem := markdown_problem(markdown):
        reports.append(Report(f"{only.where}/text", f"{named}: {problem}; left out of its place"))
        return []
    for href in dropped_links(html):
        said = (
            f"{named}: the link to '{shortened(href)}' is left out (not a safe http(s) or mailto address; "
            "the words stay)"
        )
        reports.append(Report(f"{only.where}/text", said))
    return [markdown] if markdown else []
