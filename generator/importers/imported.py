"""What an import wrote, and what it could not carry over (``Imported``): the reports on
slides, in the order of the source's rows (``report_order``), and the notes the editor is
told after them, each a line, with a few names and a count of the rest.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass

from generator.content.lint.pictures import as_heard
from generator.importers.convert import Story
from generator.importers.dates import ENGLISH_EXAMPLES
from generator.importers.earlier import Earlier
from generator.importers.pictures import Picture
from generator.importers.slides import Report, in_a_list, shortened
from generator.report import plural


@dataclass(frozen=True)
class Imported:
    """What an import wrote, and what it could not carry over."""

    folder: str
    story: Story
    reports: tuple[Report, ...]
    replaced: tuple[str, ...] = ()
    """Event files of the story replaced (``--force``) that the import did not write again:
    deleted with the old ``events/`` (an event added by hand, say)."""
    kept: tuple[str, ...] = ()
    """Files written again (``--force``) that keep fields an editor added since the last
    import (``yamlwrite.kept_lines``: figures, places, key...), by name."""
    lost: tuple[str, ...] = ()
    """Files written again whose fields added by hand could not be kept (written in a way
    that cannot be told apart line by line): to be restored from git."""
    retitled: tuple[tuple[str, str], ...] = ()
    """Event files written again (``--force``) under their old name though their headline
    changed, which would name them otherwise, each with its new title: (file, title)."""
    sources: tuple[str, ...] = ()
    """The ids of the sources of the story replaced (``--force``) that the source imported
    does not give, kept in its story.yaml: quotes, key numbers and events may cite them."""
    sources_lost: bool = False
    """Whether those sources could not be kept (written in a way that cannot be told apart
    line by line): to be restored from git."""
    drafts: tuple[str, ...] = ()
    """Event files of the story replaced (``--force``) marked ``draft: true`` that the
    source does not have, kept as they are: no export carries a draft (explainer's own
    timeline.json leaves them out), so importing it again deleted them."""
    orphaned: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Those of ``drafts`` that name an event file the import deleted (in 'after', or a
    link), with those files: check then fails until the draft is mended."""
    hidden: tuple[tuple[str, str], ...] = ()
    """New event files on the day of a kept draft, written as drafts too (the slide may be
    the draft's event, its headline changed), each with that draft's file."""
    taken_out: tuple[str, ...] = ()
    """Event files of the story replaced (``--force``) of events taken out (``removed:``)
    that the source does not have, kept as they are: no export carries them, and their
    file keeps their page's address, where links to them lead."""
    dated: str = ""
    """The date written as the story's ``published``, when it is the day of the import (no
    story replaced to keep the date of): TimelineJS does not say when a timeline was."""
    downloaded_from: str = ""
    """The site the timeline was downloaded from, when it was given by its address."""
    unread: tuple[str, ...] = ()
    """Event files of the story replaced (``--force``) that the source does not name, kept
    as they are because slides of it were left out: each may be one of theirs (a typo in a
    date), and deleting it would lose what was added to it by hand."""
    unread_titles: tuple[str, ...] = ()
    """The title of each of ``unread`` ('' where it has none that reads), so the editor can
    tell which slide left out it was the event of."""
    places_only: tuple[str, ...] = ()
    """The StoryMapJS slides without a date that became places only, each with its place's
    file ('slide 2 (locations/gate.yaml)'): no event, as an event is placed by its date."""
    date_examples: str = ENGLISH_EXAMPLES
    """Dates as the editor may write one in a slide, in the story's language too where
    ``check`` reads it (``dates.date_examples``)."""
    unit: str = "slide"
    """What the source's slides are called: 'row' for a sheet's (TimelineJS's template
    too), as the reports above the notes name them."""
    made_with: str = "TimelineJS"
    """The tool the source was made with, as the notes name it ('StoryMapJS'); empty for a
    newsroom's own sheet, which no tool showed, and whose slides are rows."""
    no_sources: str = ""
    """Why events cite no source, as the note on them says, where it is not that the tool
    has no place for them: a newsroom's own sheet has a column for them (``own_sheet.py``),
    which their rows leave empty."""
    alt_from: str = "the media's 'alt'"
    """Where the source gives a picture's alt text (or that it has no place for one), as the
    notes on pictures without it say: 'the media's alt' of TimelineJS's JSON."""
    made: tuple[str, ...] = ()
    """The figure and place files the import wrote ('locations/lima.yaml'); those the story
    had already stay as they are."""
    unnamed: tuple[str, ...] = ()
    """The figure and place files the story had before (``--force``) that no event names
    now ('figures/ann.yaml'): the source no longer names them, or the editor wrote them.
    Kept, as the editor may have written them; said."""
    pages_kept: tuple[str, ...] = ()
    """The figure and place files the source names that the story had already (imported
    again), kept as they are: the editor's now."""

    pictures_kept: tuple[str, ...] = ()
    """The pictures copied from beside the timeline (``media/<name>``) whose file the
    story's media held already with the same bytes (imported again): kept, not copied."""

    @property
    def pictures(self) -> tuple[Picture, ...]:
        """The story's pictures, the lead picture first, each shown once."""
        shown = (self.story.image, *(e.image for e in self.story.events))
        return tuple(dict.fromkeys(p for p in shown if p is not None))

    @property
    def downloaded(self) -> int:
        """How many picture files the import downloaded into the story's media."""
        return len({p.src for p in self.pictures if p.address})

    @property
    def copied(self) -> int:
        """How many picture files the import copied from beside the timeline file into the
        story's media: new files, or changed ones (under names of their own), not those
        it had already with the same bytes (``kept_pictures``)."""
        return len({p.src for p in self._copied_in} - set(self.pictures_kept))

    @property
    def kept_pictures(self) -> int:
        """How many pictures copied from beside the timeline the story's media held
        already, with the same bytes (imported again): nothing new for the editor."""
        return len({p.src for p in self._copied_in} & set(self.pictures_kept))

    @property
    def _copied_in(self) -> tuple[Picture, ...]:
        """The pictures taken from beside the timeline file (not downloaded)."""
        return tuple(p for p in self.pictures if p.copy_from and not p.address)

    @property
    def copied_from(self) -> str:
        """The folder holding every picture file copied (the innermost one, so a sheet
        whose pictures are all in 'photos/' beside it names that folder), with a trailing
        separator; the current folder as '.'."""
        kept = set(self.pictures_kept)
        copied = [p.copy_from for p in self._copied_in if p.copy_from and p.src not in kept]
        common = os.path.commonpath([os.path.dirname(path) for path in copied]) if copied else ""
        return os.path.join(common or os.curdir, "")

    @property
    def not_downloaded(self) -> int:
        """How many addresses of pictures could not be downloaded (each said above)."""
        return len({p.src for p in self.pictures if p.not_downloaded})

    @property
    def unsourced(self) -> tuple[str, ...]:
        """The event files written with no source to cite (TimelineJS has no place for
        sources; a video or an article as media is one), which check warns about. One that
        kept fields added by hand may have its sources among them, and is not counted."""
        files = (f"events/{e.id}.yaml" for e in self.story.events if not e.sources and not e.cited)
        return tuple(f for f in files if f not in self.kept)

    @property
    def linked_media(self) -> tuple[str, ...]:
        """The event files whose slide's media (a video, a post, a page: not a picture)
        became the source they cite: TimelineJS showed it in the slide, the pages link it."""
        return tuple(f"events/{e.id}.yaml" for e in self.story.events if e.sources)

    @property
    def _pictures(self) -> tuple[tuple[str, Picture | None], ...]:
        """Each file written, with its picture (None where it has none)."""
        return (
            ("story.yaml", self.story.image),
            *((f"events/{e.id}.yaml", e.image) for e in self.story.events),
        )

    @property
    def alt_as_caption(self) -> tuple[str, ...]:
        """The files written whose picture has its caption as alt text (a slide without
        one gets it), which check warns of: a screen reader reads the words twice."""
        return tuple(
            file
            for file, image in self._pictures
            if image and image.caption and as_heard(image.alt) == as_heard(image.caption)
        )

    @property
    def alt_as_headline(self) -> tuple[str, ...]:
        """The files written whose picture has its slide's headline as alt text (a slide
        with neither alt text nor caption gets it): a screen reader hears the headline,
        then the same words for the picture, and nothing of what it shows. Check cannot
        tell such an alt text from one an editor wrote, so only the import can say it."""
        return tuple(
            file for file, image in self._pictures if image and not image.alt_given and not image.caption
        )

    @property
    def skipped(self) -> int:
        return sum(r.skipped for r in self.reports)

    @property
    def left_out(self) -> tuple[Report, ...]:
        """The reports on what of written slides pages do not carry (a background, a
        thumbnail, unsafe links): one a slide, naming the file it became."""
        return tuple(r for r in self.reports if r.left_out)

    def notes(self, source: str) -> list[str]:
        """What the editor should know besides the slides' own reports, a line each
        (``source``: the timeline imported, as the editor named it)."""
        return [
            *self._slide_notes(),
            *self._event_file_notes(source),
            *self._page_notes(source),
            *self._hand_edit_notes(source),
        ]

    def _slide_notes(self) -> list[str]:
        """What of the slides was left out, became places only, or is fetched from elsewhere."""
        notes: list[str] = []
        if self.places_only:
            slides = plural(len(self.places_only), "slide")
            have, each = ("has", "it is") if len(self.places_only) == 1 else ("have", "each is")
            notes.append(f"{slides} {have} no date, so {each} a place only, not an event (its text the "
                         "place's summary; check warns of a place in no event): "
                         f"{_some(self.places_only)}; to make one an event, give it a date in StoryMapJS "
                         f"(its 'date': {self.date_examples}) and import again with "
                         "--force")  # fmt: skip
        if self.places_only and not self.story.events:
            notes.append("the story has no events yet: it is a draft ('draft: true' in story.yaml) until it "
                         "has one, as its page would say 'No events yet.'; its places are listed and mapped "
                         "there")  # fmt: skip
        if len(self.left_out) > SOME:  # a few lines read at a glance; more are summed up
            notes.append(_left_out_note(self.left_out, self.unit))
        if self.not_downloaded:
            pictures = plural(self.not_downloaded, "picture address", "picture addresses")
            notes.append(f"kept {pictures} that could not be downloaded (above): readers' browsers fetch "
                         "those pictures from their sites; import again with --force to try again, or save "
                         "them into media/ and give that as their src")  # fmt: skip
        return notes

    def _event_file_notes(self, source: str) -> list[str]:
        """The event files this import kept, wrote as drafts, deleted or kept the address of."""
        notes: list[str] = []
        if self.drafts:
            drafts = plural(len(self.drafts), "draft event file")
            notes.append(f"kept {drafts} that {source} does not have, as no export has drafts: "
                         f"{_some(self.drafts)}")  # fmt: skip
        if self.taken_out:
            files = plural(len(self.taken_out), "event file")
            notes.append(f"kept {files} of events taken out ('removed:') that {source} does not have, "
                         f"as no export has them: {_some(self.taken_out)}")  # fmt: skip
        for new, old in self.hidden:
            notes.append(f"events/{new} is new on the day of the draft events/{old}: written as a draft "
                         "too, as it may be that event with its headline changed; delete one of the two, "
                         "and 'draft: true' to publish it")  # fmt: skip
        for draft, names in self.orphaned:
            notes.append(f"the draft {draft} names {_some(names)}, deleted by this import: "
                         "'explainer check' says where")  # fmt: skip
        if self.unread:
            notes.append(self._unread_note(source))
        if self.replaced:
            deleted = plural(len(self.replaced), "event file")
            notes.append(f"--force deleted {deleted} that {source} does not have: {_some(self.replaced)} "
                         "(git restores them, if the project is in git)")  # fmt: skip
        for file, title in self.retitled[:SOME]:
            notes.append(f"kept the address of {file}: its headline changed to '{title}'")
        if len(self.retitled) > SOME:  # a few lines read at a glance; more are named
            more = plural(len(self.retitled) - SOME, "more event file")
            notes.append(f"{more} kept their address though their headline changed: "
                         f"{_some(tuple(file for file, _ in self.retitled[SOME:]))}")  # fmt: skip
        return notes

    def _unread_note(self, source: str) -> str:
        """The event files of the story replaced that the source does not name, kept beside
        the new ones as slides were left out: every one named, with its title, as the
        editor is to decide of each (a file kept for a slide whose date no longer reads is
        that event's, as an earlier import wrote it)."""
        files = plural(len(self.unread), "event file")
        titles = self.unread_titles or ("",) * len(self.unread)
        named = ", ".join(
            f"events/{name}" + (f" ('{shortened(title)}')" if title else "")
            for name, title in zip(self.unread, titles, strict=True)
        )
        left = plural(self.skipped, self.unit)
        return (f"kept {files} of the story as it was, beside the new ones, that {source} does not name: "
                f"{named}; {left} {'was' if self.skipped == 1 else 'were'} left out (above), and each file "
                f"may be the event of one, written by an earlier import and perhaps changed by hand since, "
                f"and so kept; once those {self.unit}s are mended, import again with --force, which "
                "deletes any the source still does not have (or delete a file yourself)")  # fmt: skip

    def _unnamed_note(self, source: str) -> str:
        """The figure and place files kept that no event names now (``unnamed``)."""
        files = plural(len(self.unnamed), "figure and place file")
        if len(self.unnamed) == 1:
            them, they, those, each = "it", "it", "it if", "it"
        else:
            them, they, those, each = "them", "they", "those", "each"
        return (
            f"kept {files} no event names now ({source} does not, or no longer, name {them}; {they} may "
            f"have been written by hand), not deleted: {_some(self.unnamed)}; delete {those} no longer "
            f"wanted (check warns of {each} until an event names it)"
        )

    def _page_notes(self, source: str) -> list[str]:
        """What the pages show otherwise than the source's tool did, or lack, until the editor
        writes it."""
        notes: list[str] = []
        if self.unnamed:
            notes.append(self._unnamed_note(source))
        if self.unsourced:
            events = plural(len(self.unsourced), "event")
            why = self.no_sources or f"{self.made_with} has no place for sources"
            notes.append(f"no source cited by {events} ({why}): check warns "
                         "about each, and check --strict refuses them, until its 'sources:' names one of "
                         f"story.yaml's: {_some(self.unsourced)}")  # fmt: skip
        if self.linked_media:
            one = len(self.linked_media) == 1
            slides = plural(len(self.linked_media), self.unit)
            its, verb, they = (
                ("'s media", "is", "its event's") if one else ("' media", "are", "their events'")
            )
            shown = f", not shown in the page as {self.made_with} showed it" if self.made_with else ""
            notes.append(f"{slides}{its} (a video, a post, a page) {verb} now {they} source, a link{shown} "
                         f"(pages play no video and embed no post): {_some(self.linked_media)}")  # fmt: skip
        if self.alt_as_caption:
            one = len(self.alt_as_caption) == 1
            pictures = plural(len(self.alt_as_caption), "picture")
            theirs, each = ("its alt is its caption", "it") if one else ("their alt is their caption", "each")
            notes.append(f"{pictures} had no alt text ({self.alt_from}), so {theirs}, which "
                         f"a screen reader reads twice and check warns of: write in 'alt' what {each} shows, "
                         f"in {_some(self.alt_as_caption)}")  # fmt: skip
        if self.alt_as_headline:
            one = len(self.alt_as_headline) == 1
            pictures = plural(len(self.alt_as_headline), "picture")
            theirs = "its alt is its headline" if one else "their alt is their headline"
            each = "it" if one else "each"
            notes.append(f"{pictures} had no alt text nor caption, so {theirs}, which a screen reader reads "
                         f"right after the headline itself: write in 'alt' what {each} shows, in "
                         f"{_some(self.alt_as_headline)}")  # fmt: skip
        if self.dated:
            notes.append(f"story.yaml says the story was published {self.dated}, the day of this import, as "
                         f"{source} does not say when the timeline was: if it was published before, write "
                         "that day in its 'published' (readers see it under the title)")  # fmt: skip
        return notes

    def _hand_edit_notes(self, source: str) -> list[str]:
        """What was added by hand since an import, kept or not."""
        notes: list[str] = []
        if self.kept:
            files = plural(len(self.kept), "file")
            notes.append(f"kept the fields added by hand (figures, places...) in {files}: {_some(self.kept)}")
        if self.sources:
            kept = plural(len(self.sources), "source")
            notes.append(f"kept {kept} of story.yaml that {source} does not have, as quotes, key numbers "
                         f"and events may cite them: {_some(self.sources)}")  # fmt: skip
        if self.sources_lost:
            notes.append(f"could not keep the sources of story.yaml that {source} does not have, written "
                         "in a way the import cannot take apart (git restores them)")  # fmt: skip
        if self.lost:
            files = plural(len(self.lost), "file")
            notes.append(f"could not keep the fields added by hand in {files}, written in a way the import "
                         f"cannot take apart: {_some(self.lost)} (git restores them)")  # fmt: skip
        return notes


SOME = 5
"""How many names a note gives before it counts the rest."""


def _some(names: tuple[str, ...]) -> str:
    """The first ``SOME`` of ``names``, and how many more."""
    return ", ".join(names[:SOME]) + (f" and {len(names) - SOME} more" if len(names) > SOME else "")


def _left_out_note(lost: tuple[Report, ...], unit: str) -> str:
    """What the import left out of the slides (a sheet's rows: ``unit``) it wrote, counted
    by kind, and the files those slides became: the lines above it, summed up."""
    counts = Counter(kind for report in lost for kind in report.left_out)
    things = ", ".join(plural(n, kind) for kind, n in counts.items())
    slides = plural(len(lost), unit)
    return (f"left out of {slides}, as pages do not carry them (each above): {things}; "
            f"in {_some(tuple(r.written for r in lost))}")  # fmt: skip


def retitled(story: Story, earlier: dict[str, tuple[Earlier, str]]) -> tuple[tuple[str, str], ...]:
    """The files of events that kept their address though their headline changed, each
    with its new title. One whose title is the file's (a file renamed by hand, or kept so
    by an earlier import) goes unsaid: nothing changed."""
    titles = {e.id: e.title for e in story.events}
    return tuple(
        (f"events/{kept}.yaml", titles[kept])
        for kept, _ in story.readdressed
        if titles[kept] != earlier[kept][1]
    )


def replaced_report(
    where: str,
    written: str,
    was: tuple[tuple[str, str], ...],
    removed: frozenset[str] = frozenset(),
    unit: str = "slide",
) -> Report:
    """What is said of the event file (or story.yaml) ``written`` (``--force``) whose
    fields ``was`` (each key and its value there) the slide at ``where`` gave other
    values, or none (``removed``: the file is written without them): which, and what they
    were, so the file's words are not lost silently (``carried_over.replaced``); a sheet's
    slide is its ``unit``, a row."""
    slide = f"title {unit}" if written == "story.yaml" else unit  # story.yaml's title and summary
    other = [key for key, _ in was if key not in removed]
    gone = [key for key, _ in was if key in removed]
    said = [f"replaced the file's {in_a_list(other)} with the {slide}'s"] if other else []
    if gone:
        whose = "its" if other else "the file's"
        said.append(f"removed {whose} {in_a_list(gone)}, which the {slide} does not have")
    had = "; ".join(f"{key} {value}" for key, value in was)
    return Report(
        where,
        f"{' and '.join(said)}: an import takes what its source gives (to keep the file's words, put them "
        f"in the source and import again); the file had: {had}",
        written=written,
    )


def report_order(report: Report) -> tuple[int, int]:
    """A sheet's rows in order ('sheet.csv:9' before 'sheet.csv:10'), and the cells of a
    row ('sheet.csv:9:2' before 'sheet.csv:9:11'); JSON pointers keep the order they were
    found in (title, events, eras)."""
    cell = re.search(r":(\d+)(?::(\d+))?$", report.where)
    return (int(cell[1]), int(cell[2] or 0)) if cell else (0, 0)
