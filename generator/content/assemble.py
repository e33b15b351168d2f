"""Make the model from checked values (``check.Checked``): frozen objects, nothing
left to check.

The events, figures, places and sources are made through a ``remember.Memory``: one
that remembers (the preview's) gives back the very same objects for values unchanged
since the last build, which later stages compare and reuse by identity. The story and
the site around them, and their small parts (updates, key numbers), are made anew each
time.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from generator.content import file_check, model
from generator.content.file_check import Values
from generator.content.kinds import Kind
from generator.content.load import RawStory
from generator.content.remember import FORGETFUL, Memory
from generator.i18n.languages import ENGLISH
from generator.i18n.typography import bidi_closed, typeset

if TYPE_CHECKING:
    from generator.content.check import Checked


def image(values: Values | None, language: str) -> model.Image | None:
    """The picture of an ``image:`` field, if there is one."""
    if not values:
        return None
    text = {k: typeset(values[k], language) for k in ("alt", "credit") if values.get(k)}
    return model.Image(**(values | text))


def _optional(text: str | None, language: str) -> str | None:
    return None if text is None else typeset(text, language)


def _optional_closed(text: str | None) -> str | None:
    """Plain text shown as written (a place's kind), its bidi controls closed
    (``bidi_closed``)."""
    return None if text is None else bidi_closed(text)


def event(event_id: str, v: Values, figure_ids: set[str], language: str) -> model.Event:
    """One event file's model (``figure_ids``: the story's figures, which a quote's
    ``by`` may name)."""
    quotes = tuple(
        model.Quote(
            q["text"], bidi_closed(q["by"]), q["by"] in figure_ids, q.get("source"), q.get("language")
        )
        for q in v.get("quotes", ())
    )
    return model.Event(
        id=event_id,
        title=typeset(v["title"], language),
        date=v["date"],
        summary=v["summary"],
        end=v.get("end"),
        circa=v.get("circa", False),
        date_phrase=v.get("date_phrase"),
        display_date=_optional(v.get("display_date"), language),
        after=v.get("after"),
        before=v.get("before"),
        body=v.get("body"),
        figures=v.get("figures", ()),
        locations=v.get("locations", ()),
        sources=v.get("sources", ()),
        quotes=quotes,
        # Tags group events, so one written on another computer (a Mac writes 'é' as
        # 'e' and its accent) is the same tag: composed (NFC), as most text is.
        tags=tuple(bidi_closed(unicodedata.normalize("NFC", tag)) for tag in v.get("tags", ())),
        image=image(v.get("image"), language),
        key=v.get("key", False),
        added=v.get("added"),
        draft=v.get("draft", False),
        removed=model.Removal(**v["removed"]) if v.get("removed") else None,
    )


def figure(fid: str, f: Values, language: str) -> model.Figure:
    """One figure file's model."""
    return model.Figure(
        id=fid,
        name=typeset(f["name"], language),
        role=typeset(f["role"], language),
        summary=f.get("summary"),
        aliases=tuple(map(bidi_closed, f.get("aliases", ()))),
        image=image(f.get("image"), language),
        sort_as=f.get("sort_as"),
    )


def location(lid: str, loc: Values, language: str) -> model.Location:
    """One location file's model."""
    return model.Location(
        id=lid,
        name=typeset(loc["name"], language),
        kind=_optional_closed(loc.get("kind")),
        country=loc.get("country"),
        coordinates=loc.get("coordinates"),
        summary=loc.get("summary"),
        unmapped=loc.get("unmapped", False),
        aliases=tuple(map(bidi_closed, loc.get("aliases", ()))),
        sort_as=loc.get("sort_as"),
    )


def updates(values: tuple[Values, ...]) -> tuple[model.Update, ...]:
    """A story's updates, latest first; of two on the same date, the one listed later."""
    made = [
        model.Update(n, u["date"], u["text"], model.UpdateKind(u.get("kind", "update")))
        for n, u in enumerate(values, start=1)
    ]
    return tuple(sorted(made, key=lambda u: (u.date.sort_key, u.number), reverse=True))


def _source(sid: str, src: Values, language: str) -> model.Source:
    """A source, its publisher's name and its headline typeset as names and headlines are
    (a headline in its own language, where the source gives one)."""
    text = {"publisher": typeset(src["publisher"], language)}
    if src.get("title"):
        text["title"] = typeset(src["title"], src.get("language") or language)
    return model.Source(id=sid, **(src | text))


def _key_number(k: Values, language: str) -> model.KeyNumber:
    """A key number, its value and what it counts typeset (its note is Markdown, typeset
    as converted): in French, '340 000' and '75 %' are then never cut at a line's end."""
    return model.KeyNumber(
        **(k | {"value": typeset(k["value"], language), "label": typeset(k["label"], language)})
    )


def title(v: Values, language: str) -> str:
    """The story's title as its pages and warnings give it: typeset in its ``language``."""
    return typeset(v["title"], language)


def story_language(v: Values, site_language: str) -> str:
    """The language a story's text is typeset in (``v``: its story.yaml's values): its
    own, else the site's."""
    language: str = v.get("language") or site_language
    return language


def site(checked: Checked, memo: Memory = FORGETFUL) -> model.Site:
    """The model of content that passed every check: its stories (``story``), the one
    changed last first."""
    stories = [story(s.raw, s.values, s.files, s.timeline, memo, checked.language) for s in checked.stories]
    memo.modelled()
    stories.sort(key=lambda s: s.id)
    stories.sort(key=lambda s: s.last_changed.sort_key, reverse=True)
    v = checked.site
    language = checked.language  # check.site_language: the one rule of the site's language
    return model.Site(
        title=typeset(v["title"], language),  # set in the site's language, as a story's title in its own
        stories=tuple(stories),
        description=_optional(v.get("description"), language),
        base_url=v.get("base_url"),
        language=language,
        cname=v.get("cname"),
        time_zone=v.get("time_zone"),
        media_max_bytes=checked.media_limit,
        searchable=v.get("search", True),
    )


def story(
    raw: RawStory,
    v: Values,
    checked: dict[Kind, dict[str, Values | None]],
    timeline: list[str],
    memo: Memory,
    site_language: str = ENGLISH,
) -> model.Story:
    """The story's model, its events in the order of ``timeline`` (their ids, from
    ``order.timeline``). Headlines, names and other plain text are typeset in the
    story's language (``site_language`` unless it has its own): Markdown is typeset
    as it is converted."""
    made = memo.model
    language = story_language(v, site_language)
    figures = {
        fid: made(f, (fid, language), figure, fid, f, language)
        for fid, f in checked[Kind.FIGURE].items()
        if f is not None
    }
    locations = {
        lid: made(loc, (lid, language), location, lid, loc, language)
        for lid, loc in checked[Kind.LOCATION].items()
        if loc is not None
    }
    events = []
    for eid in timeline:
        e = checked[Kind.EVENT][eid]
        assert e is not None  # only events with values are in the timeline
        by_figure = tuple(q["by"] in figures for q in e.get("quotes", ()))
        events.append(made(e, (eid, by_figure, language), event, eid, e, set(figures), language))
    sources = {
        sid: made(src, (sid, language), _source, sid, src, language)
        for sid, src in file_check.sources_or_empty(v).items()
    }
    key_numbers = tuple(_key_number(k, language) for k in v.get("key_numbers", ()))
    return model.Story(
        id=raw.id,
        title=title(v, language),
        summary=v["summary"],
        published=v["published"],
        events=tuple(events),
        figures=figures,
        locations=locations,
        sources=sources,
        updated=v.get("updated"),
        byline=_optional(v.get("byline"), language),
        unknowns=v.get("unknowns", ()),
        key_numbers=key_numbers,
        updates=updates(v.get("updates", ())),
        draft=v.get("draft", False),
        image=image(v.get("image"), language),
        media=frozenset(raw.media),
        language=v.get("language"),
        translation_of=v.get("translation_of"),
        related=tuple(dict.fromkeys(v.get("related", ()))),
    )
