"""What the files of a story say of each other: an event that may be another told twice
(the same date and title), two figures or places of one name, a figure, place or source
that nothing refers to, a figure or place that only events taken out name (so its page
is no longer published), and a quote's ``by`` meant for a figure but not its id.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.content.dates import PartialDate
from generator.content.ids import ID_PATTERN, to_id
from generator.content.kinds import Kind
from generator.content.lint.where import at, item_key, warning
from generator.content.load import RawStory
from generator.content.model import Story
from generator.content.published import figures_of, locations_of
from generator.errors import Position, Problem, Spelling
from generator.i18n.languages import caseless, folded


def twin_key(date: PartialDate, title: str) -> tuple[PartialDate, str]:
    """What two events share when one may be the other told twice, which check asks
    about: the date and the title (case, spacing and how its characters are encoded
    aside: ``caseless``). The import says so of two such slides."""
    return (date, caseless(title))


def duplicated_events(raw: RawStory, story: Story) -> Iterator[Problem]:
    """An event with the date and title of one before it (``twin_key``)."""
    events = raw.files[Kind.EVENT]
    seen: dict[tuple[PartialDate, str], str] = {}
    # An event taken out is often put right by a new one of the same date and title.
    for event in (e for e in story.events if e.removed is None):
        key = twin_key(event.date, event.title)
        if key in seen:
            yield warning(
                at(events[event.id], "title"),
                f"same date and title as event '{seen[key]}'; is it a duplicate?",
            )
        seen.setdefault(key, event.id)


def same_names(raw: RawStory, story: Story) -> Iterator[Problem]:
    """A figure, or a place, with the name of one before it (but for case, spacing and
    how its characters are encoded: ``caseless``): two files for one person or place
    (written by two editors, or from a name typed once on a Mac), or two that readers
    cannot tell apart, in the story's lists and its filter, which offered the name twice,
    nor on the search page, whose filter offered it once for both."""
    for kind, what, things in (
        (Kind.FIGURE, "figure", story.figures),
        (Kind.LOCATION, "location", story.locations),
    ):
        seen: dict[str, str] = {}
        for thing_id, thing in things.items():
            first = seen.setdefault(caseless(thing.name), thing_id)
            if first != thing_id:
                yield warning(
                    at(raw.files[kind][thing_id], "name"),
                    f"{what} '{thing_id}' has the same name as {what} '{first}', so readers cannot "
                    "tell them apart; if they are one, keep one file and name its id in the events, "
                    "else give each a name of its own",
                )


def unreferenced(
    raw: RawStory, story: Story, place_links: list[tuple[Position, str, str]]
) -> Iterator[Problem]:
    """A figure, a location or a source that nothing refers to (``place_links``: the links
    of the story's texts to places of its story page, where a link to a source cites it),
    and a figure or a location that only events taken out name."""
    used_figures = {f for e in story.events for f in e.figures}
    used_figures |= {q.by for e in story.events for q in e.quotes if q.by_figure}
    used_locations = {loc for e in story.events for loc in e.locations}
    used_sources = {s for e in story.events for s in e.sources}
    used_sources |= {q.source for e in story.events for q in e.quotes if q.source}
    used_sources |= {k.source for k in story.key_numbers if k.source}
    # A text's link to a source on the story page ('#source-wire') cites it too.
    used_sources |= {f.removeprefix("source-") for _, _, f in place_links if f.startswith("source-")}
    for fid in story.figures:
        if fid not in used_figures:
            yield warning(at(raw.files[Kind.FIGURE][fid]), f"figure '{fid}' is not in any event")
    for lid in story.locations:
        if lid not in used_locations:
            yield warning(at(raw.files[Kind.LOCATION][lid]), f"location '{lid}' is not in any event")
    yield from _named_only_by_taken_out(raw, story)
    for sid in story.sources:
        if sid not in used_sources:
            yield warning(at(raw.story, "sources", sid), f"source '{sid}' is not cited anywhere")


def _named_only_by_taken_out(raw: RawStory, story: Story) -> Iterator[Problem]:
    """A figure or place that only events taken out name: like everything only they
    used, it is no longer published, so its page goes (which ``deploy`` refuses, as the
    links readers hold to it would break), and nothing said so before publishing."""
    shown = [e for e in story.events if e.removed is None]
    taken_out = [e for e in story.events if e.removed is not None]
    for kind, what, things, of in (
        (Kind.FIGURE, "figure", story.figures, figures_of),  # the rule of what a build publishes
        (Kind.LOCATION, "location", story.locations, locations_of),
    ):
        named_by_shown = of(shown)
        for thing in things:
            by = [e.id for e in taken_out if thing in of([e])]
            if by and thing not in named_by_shown:
                events = ", ".join(f"'{eid}'" for eid in by)
                yield warning(
                    at(raw.files[kind][thing]),
                    f"{what} '{thing}' is named only by events taken out ({events}), so its page is no "
                    "longer published and readers' links to it break; name it in an event still shown "
                    "to keep the page, or delete its file (deploy and 'check --since' then ask for "
                    "--allow-broken-links or a commit saying [allow broken links])",
                )


def unlinked_speakers(raw: RawStory, story: Story) -> Iterator[Problem]:
    """A quote's ``by`` that was meant for a figure but is not its id: readers would see
    the words credited to 'osama-rabbie', or to the figure's name with no link to its page."""
    names = {caseless(f.name): fid for fid, f in story.figures.items()}
    # Accents aside too (``folded``): a name typed on a keyboard without them, 'Olafur
    # Ragnar Grimsson', was meant for the figure 'Ólafur Ragnar Grímsson'.
    unaccented = {folded(name): fid for name, fid in names.items()}
    spelling = Spelling()
    for event in (e for e in story.events if e.removed is None):  # no quote of one taken out is shown
        file = raw.files[Kind.EVENT][event.id]
        for i, quote in enumerate(event.quotes):
            if quote.by_figure:
                continue
            where = item_key(file, "quotes", i, "by")
            if caseless(quote.by) in names:
                fid = names[caseless(quote.by)]
                yield warning(
                    where,
                    f"'{quote.by}' is the name of figure '{fid}'; write 'by: {fid}' to link the quote "
                    "to the figure's page",
                )
            elif ID_PATTERN.fullmatch(quote.by):
                hint = (
                    spelling.did_you_mean(quote.by, story.figures)
                    or "; write a figure's id to link the quote to its page"
                )
                yield warning(where, f"'{quote.by}' is not a figure of this story{hint}")
            elif (as_id := _id_as_written(quote.by)) in story.figures:
                yield warning(where, f"'{quote.by}' is not a figure of this story; did you mean '{as_id}'?")
            elif (meant := unaccented.get(folded(caseless(quote.by)))) is not None:
                name = story.figures[meant].name
                yield warning(
                    where,
                    f"'{quote.by}' is the name of figure '{meant}' ('{name}') without its accents; "
                    f"write 'by: {meant}' to link the quote to the figure's page",
                )


def _id_as_written(by: str) -> str:
    """The id ``by`` stands for when it is one written with the letters of the name it
    was made from ('thor-guðmundsson' for 'thor-gudmundsson', as an editor types it
    beside the name 'Þór Guðmundsson'), else ''. Such a ``by`` is no id, so it was taken
    for a name in words and shown as it is; a name in words has a capital or a space."""
    if " " in by or by != by.lower():
        return ""
    return to_id(by, fallback="")
