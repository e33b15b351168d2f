"""Files for machines that need absolute URLs: sitemap.xml, robots.txt and Atom feeds.

They exist only when the site's public address (``base_url``) is known; without it the
build leaves them out (robots.txt stays, without a Sitemap line) and says so once.
Times come from content only (``published``/``updated``), never from the clock, so
builds stay byte-identical.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from markupsafe import Markup

from generator import site_paths
from generator.content import story_links
from generator.content.dates import PartialDate, holds, not_before, zone_offset
from generator.content.model import Event, Story, Update
from generator.i18n import dates
from generator.i18n.typography import closing_bidi
from generator.markdown.markup import plain_text
from generator.render import links


def escape(text: str) -> str:
    """Text for XML character data (``xml.sax.saxutils`` would import half of urllib)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quoteattr(text: str) -> str:
    return '"' + escape(text).replace('"', "&quot;") + '"'


FEED_EVENTS_PER_STORY = 10
"""How many of each story's latest events the feed carries besides the story itself."""


def w3c_datetime(date: PartialDate, zone: str | None = None) -> str:
    """A full RFC 3339 time for Atom: missing parts are the earliest instant; without a
    UTC offset of its own, on the clock of the site's ``zone`` (``time_zone``), else UTC."""
    hour, minute, second = date.hour or 0, date.minute or 0, date.second or 0
    offset = zone_offset(date, zone) or 0
    zone = (
        "Z" if offset == 0 else f"{'-' if offset < 0 else '+'}{abs(offset) // 60:02d}:{abs(offset) % 60:02d}"
    )
    return (
        f"{date.year:04d}-{date.month or 1:02d}-{date.day or 1:02d}"
        f"T{hour:02d}:{minute:02d}:{second:02d}{zone}"
    )


def sitemap_date(date: PartialDate, zone: str | None = None) -> str:
    """``lastmod``: the day, or the full time when its offset is known, its own or the
    site's ``zone``'s (W3C datetime)."""
    if date.hour is not None and (date.offset is not None or zone is not None):
        return w3c_datetime(date, zone)
    return f"{date.year:04d}-{date.month or 1:02d}-{date.day or 1:02d}"


def _instant(date: PartialDate, zone: str | None = None) -> datetime:
    """The moment ``w3c_datetime`` writes, to compare (made from the parts rather than
    written and read back: the feed sorts every event of a story by it, at every build)."""
    return datetime(
        date.year,
        date.month or 1,
        date.day or 1,
        date.hour or 0,
        date.minute or 0,
        date.second or 0,
        tzinfo=_offset(zone_offset(date, zone) or 0),
    )


@functools.cache
def _offset(minutes: int) -> timezone:
    return timezone(timedelta(minutes=minutes))


def events_changed(story: Story, zone: str | None = None) -> dict[str, PartialDate]:
    """When each event's feed entry and page last changed, by its id, as far as the
    content tells: the latest update or correction that links to it
    (``events/<id>.yaml``), but not before it was added; else when it was added; else when
    it happened, but not before the story was published nor after the story's last
    change, where it is surely outside them (``dates.not_before``), and not at the midnight
    of a day that holds the time the story was published. Another update of the
    story leaves it as it was: feed readers and search engines took every event as
    changed at every update. (For a whole story at once: each update's text is read
    once, not once an event.) ``zone``: the site's ``time_zone``, for times without an
    offset of their own. Of the story it reads only what ``changes_of`` holds."""
    linked = {eid: since_published(updates[0].date, story) for eid, updates in updates_telling(story).items()}
    changed = {}
    for event in story.events:
        told = linked.get(event.id)
        added = taken_in(event, story, zone)
        if told is None:
            changed[event.id] = _own_change(event, story, zone)
        elif added is not None and _instant(added, zone) > _instant(told, zone):
            # An update of the day linking to an event added at 9:00 that day: the feed
            # entry was published (added) after it was last updated.
            changed[event.id] = added
        else:
            changed[event.id] = told
    return changed


def changes_of(story: Story, zone: str | None = None) -> tuple[object, ...]:
    """All that ``events_changed`` reads of ``story`` and ``zone``: when the story was
    published and last changed, its updates, and each event's id, date and when it was
    added. The preview keeps what it found while these are equal (``pages.Same``), as an
    edit of an event's title or text leaves them."""
    dates = tuple((e.id, e.date, e.added) for e in story.events)
    return (zone, story.published, story.last_changed, story.updates, dates)


def updates_telling(story: Story) -> dict[str, tuple[Update, ...]]:
    """The updates and corrections that tell of each event, by its id, latest first: those
    whose text links to it (``events/<id>.yaml``). They date its feed entry and its page
    (``events_changed``), and its page lists them, so that a reader the feed or a search
    sends there learns what was put right."""
    told: dict[str, list[Update]] = {}
    for update in story.updates:  # latest first
        for name in dict.fromkeys(
            link.name
            for _, link in story_links.story_links(update.text)
            if link.kind == "event" and link.story is None  # not another story's
        ):
            told.setdefault(name, []).append(update)
    return {eid: tuple(updates) for eid, updates in told.items()}


def since_published(date: PartialDate, story: Story) -> PartialDate:
    """``date`` as a moment for machines (the feed, the sitemap): a day (or month) that
    holds the time the story was published stands for that time, not for its midnight,
    which came hours before the story existed. Any other date is as written; pages show
    every date as written."""
    if story.published.hour is not None and holds(date, story.published):
        return story.published
    return date


def taken_in(event: Event, story: Story, zone: str | None = None) -> PartialDate | None:
    """When ``event`` was added to the published story (``added``), as a moment for
    machines (the feed, the sitemap), else None: as ``since_published`` has it, but where
    ``added`` is the day (or month) that holds the event's own time, and that time came
    later, that time: a live desk's 'added: 2021-03-29' of the stern freed at 04:30 was
    not taken in at the midnight before it happened. (An event written ahead, to happen
    later that day, is then dated when it is to happen.) ``zone``: the site's
    ``time_zone``, for times without an offset of their own."""
    if event.added is None:
        return None
    added = since_published(event.added, story)
    happened = event.date
    if (
        happened.hour is not None
        and holds(event.added, happened)
        and _instant(happened, zone) > _instant(added, zone)
    ):
        return happened
    return added


def _own_change(event: Event, story: Story, zone: str | None = None) -> PartialDate:
    added = taken_in(event, story, zone)
    if added is not None:
        return added
    if not not_before(event.date, story.published):  # surely before it was published
        return story.published
    if not not_before(story.last_changed, event.date):  # surely after its last change
        return since_published(story.last_changed, story)
    return since_published(event.date, story)


def latest_entries(
    story: Story, changed: Mapping[str, PartialDate], zone: str | None = None
) -> tuple[Event, ...]:
    """The events a feed carries for ``story``: the ``FEED_EVENTS_PER_STORY`` it took in
    last (``changed``: ``events_changed``), latest first; of those taken in at once, the
    later in the timeline first. (By the timeline's order alone, an event added today
    about last week never reached the feed.)"""
    order = sorted(
        (i for i, event in enumerate(story.events) if not event.draft),  # a draft is not news yet
        key=lambda i: (_instant(changed[story.events[i].id], zone), i),
        reverse=True,
    )
    return tuple(story.events[i] for i in order[:FEED_EVENTS_PER_STORY])


def robots(base_url: str | None) -> bytes:
    text = "User-agent: *\nAllow: /\n"
    if base_url:
        text += f"Sitemap: {base_url}sitemap.xml\n"
    return text.encode()


def sitemap(
    base_url: str, entries: tuple[tuple[str, PartialDate | None], ...], time_zone: str | None = None
) -> bytes:
    """``entries``: (output path of an HTML page, when it last changed); ``time_zone``: the
    site's, for times without an offset."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']  # fmt: skip
    for path, changed in entries:
        loc = escape(site_paths.page_url(base_url, path))
        lastmod = f"<lastmod>{sitemap_date(changed, time_zone)}</lastmod>" if changed else ""
        lines.append(f"<url><loc>{loc}</loc>{lastmod}</url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode()


GIST = 90
"""The most characters of an update's text an entry's title carries: a feed reader lists
entries by title, and each update's was the story's ("Update: The vote", five times)."""


TITLE_IN_ENTRY = 60
"""The most characters of a story's title that the title of an entry of one of its
updates carries, before what the update says: a feed reader's list shows an entry's first
60 to 80 characters, and under a headline of 150 every update read 'Update to “…' alike."""


def gist(html: str) -> str:
    """The text of ``html`` (an update's), at most ``GIST`` characters (``shortened``)."""
    return shortened(plain_text(Markup(html)), GIST)


def shortened(text: str, most: int) -> str:
    """``text``, at most ``most`` characters: cut after a word, or, in a script that
    writes no spaces between words (Chinese, Japanese), after a character, with an
    ellipsis where it was cut (after any punctuation it ends with), and the bidi
    controls that close what the cut left open (``closing_bidi``)."""
    if len(text) <= most:
        return text
    cut = text[: most - 1]
    space = cut.rfind(" ")
    if space > most // 2:
        cut = cut[:space]
    # "Rescuers reached…", not "Rescuers reached,…"; nor "救援人员，…" or "到着し、…".
    cut = cut.rstrip(" ,;:.–—-、。，；：")
    return cut + closing_bidi(cut) + "…"


def atom(
    *,
    base_url: str,
    title: str,
    language: str,
    stories: tuple[Story, ...],
    markdown: Callable[[str | None, str], str],
    time_zone: str | None = None,
    changed: Mapping[str, Mapping[str, PartialDate]] | None = None,
    subtitle: str | None = None,
    path: str = site_paths.SITE_FEED,
    home: str = "",
    publisher: str | None = None,
    pages: Mapping[str, frozenset[str]] | None = None,
) -> bytes:
    """An Atom feed at ``path`` (from the site's root; ``home``: the page it is the feed
    of, the site's home page or a story's): each story, its updates and corrections and
    its latest events, latest first (``latest_first``). ``markdown(text, language)``: the HTML
    of a Markdown text with the quotation marks of ``language``, each entry's being its
    story's. ``time_zone``:
    the site's, for times written without a UTC offset (else they are taken as UTC).
    ``changed``: each story's ``events_changed`` by its id, where the page list has
    worked them out already (for the sitemap); else they are worked out here.
    ``subtitle``: the site's description. Each entry names its story's byline as its
    author, and an event's its tags as categories; an entry has the same id in the
    site's feed and its story's. The site's feed is known by the site's address, as it
    always was; a story's by its own address (its story's page is an entry's id).
    ``publisher``: the site's name, the feed's author (its ``title`` when not given).
    ``pages``: the own pages of every story of the build by id (``links.own_pages``),
    which its texts' links to another story's may lead to."""
    dated: list[tuple[str, str]] = []  # each entry, with when it last changed
    for story in stories:
        feed = _StoryInFeed.of(story, base_url, language, markdown, time_zone, pages)
        dated.append((feed.updated, _story_entry(feed)))
        dated += _update_entries(feed)
        changed_at = changed[story.id] if changed is not None else events_changed(story, time_zone)
        dated += _event_entries(feed, base_url, changed_at)
    dated = latest_first(dated)
    entries = [entry for _, entry in dated]
    updated = dated[0][0] if dated else "1970-01-01T00:00:00Z"  # the feed's: its latest entry's
    head = _feed_head(base_url, title, language, subtitle, path, home, publisher, updated)
    return ("\n".join([*head, *entries, "</feed>"]) + "\n").encode()


def latest_first(dated: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The entries of ``dated`` (each with its ``updated`` time), the latest first, as
    feed readers list them and as a reader that shows the feed as written shows it;
    those of one moment in the order given (a story, then its updates, then its events).
    Written story by story, an update of last week came before an event added yesterday,
    and one story's event of 2019 before another story of today."""
    return sorted(dated, key=lambda entry: datetime.fromisoformat(entry[0]), reverse=True)  # stable


@dataclass(frozen=True)
class _StoryInFeed:
    """What the feed entries of one story share."""

    story: Story
    url: str
    """The full address of the story's page: its entry's id, and where its texts' links lead from."""
    updated: str
    """When the story last changed, for Atom: on the day it was published at a time, that time."""
    written: str
    """The language its entries are written in: the story's, else the site's."""
    lang: str | None
    """Its language where not the feed's: each of its entries' xml:lang."""
    words: dates.DateText
    """Its language's words: its entries' titles, its events' dates."""
    linkable: frozenset[str]
    """The pages its texts' links may lead to (``links.story_pages``)."""
    markdown: Callable[[str | None, str], str]
    """``atom``'s: the HTML of a Markdown text, with the quotation marks of a language."""
    time_zone: str | None
    """The site's, for times written without a UTC offset."""

    @classmethod
    def of(
        cls,
        story: Story,
        base_url: str,
        language: str,
        markdown: Callable[[str | None, str], str],
        time_zone: str | None,
        pages: Mapping[str, frozenset[str]] | None,
    ) -> _StoryInFeed:
        """``story`` in the feed of the site at ``base_url``, written in ``language``."""
        # Dates of the day the story was published at a time: that time, not midnight.
        updated = w3c_datetime(since_published(story.last_changed, story), time_zone)
        url = site_paths.page_url(base_url, site_paths.story_page(story.id))
        own = story.language if story.language not in (None, language) else None  # xml:lang, if other
        # A story's entries are in its language, as its pages are: their quotation marks too.
        written = story.pages_language(language)
        words = dates.for_tag(written, native_digits=True)
        linkable = links.story_pages(story, pages)
        return cls(story, url, updated, written, own, words, linkable, markdown, time_zone)

    def html(self, text: str | None) -> str:
        """A text of the story as an entry's HTML, with its links to the story's media
        and pages full addresses: a feed reader resolves a relative one against the
        feed's own address, at the site's root, where there is no media/; so are its links
        to a place on the story page ('#sources'), which led to one in the feed file. Its
        pictures are shown by a rendition of theirs, as on the pages, not by the file
        itself: a camera's megabytes for every reader of the feed."""
        html = str(self.markdown(text, self.written))
        if self.story.text_renditions:
            # Renditions by their full addresses:
            root = links.Links(site_paths.SITE_FEED, up=links.site_root(self.url))
            html = links.sized_text_pictures(html, (), self.story.text_renditions, root, plain=True)
        return links.story_media_at(html, self.url, self.linkable, away=True)


def _story_entry(feed: _StoryInFeed) -> str:
    """The entry of the story itself: its title and summary."""
    story = feed.story
    first = w3c_datetime(story.published, feed.time_zone)
    summary = feed.html(story.summary)
    return _entry(
        feed.url, story.title, feed.updated, summary, published=first, lang=feed.lang, byline=story.byline
    )


def _update_entries(feed: _StoryInFeed) -> list[tuple[str, str]]:
    """An entry for each of the story's updates and corrections, latest first, with its
    time; each keeps its address (the story's page, at the update's anchor) as others come."""
    story, entries = feed.story, []
    for update in story.updates:
        when = w3c_datetime(since_published(update.date, story), feed.time_zone)
        text = feed.html(update.text)
        if update.is_correction:
            # Translators: a feed entry's title: a correction to a story (its title), then
            # what the correction says, shortened.
            kind = feed.words.gettext("Correction to “%(title)s”: %(text)s")
        else:
            # Translators: a feed entry's title: an update of a story (its title), then
            # what the update says, shortened.
            kind = feed.words.gettext("Update to “%(title)s”: %(text)s")
        title = shortened(story.title, TITLE_IN_ENTRY)
        # What a headline opens and leaves open would turn what the update says around.
        headline = kind % {"title": title + closing_bidi(title), "text": gist(text)}
        url = f"{feed.url}#{update.anchor}"
        entry = _entry(url, headline, when, text, published=when, lang=feed.lang, byline=story.byline)
        entries.append((when, entry))
    return entries


def _event_entries(
    feed: _StoryInFeed, base_url: str, changed_at: Mapping[str, PartialDate]
) -> list[tuple[str, str]]:
    """An entry for each of the story's latest events (``latest_entries``), with when it
    last changed (``changed_at``: ``events_changed``)."""
    story, entries = feed.story, []
    for event in latest_entries(story, changed_at, feed.time_zone):
        event_url = site_paths.page_url(base_url, site_paths.event_page(story.id, event.id))
        # Translators: an event's date and title, as a feed entry's title.
        wording = feed.words.gettext("%(date)s: %(title)s")
        headline = wording % {"date": feed.words.when(event), "title": event.title}
        if wording.startswith("%(date)s"):
            headline = capital_first(headline)
        # An event added after publication is published in the feed when it was added.
        taken = taken_in(event, story, feed.time_zone)
        added = w3c_datetime(taken, feed.time_zone) if taken is not None else None
        event_updated = w3c_datetime(changed_at[event.id], feed.time_zone)
        summary = feed.html(event.summary)
        entry = _entry(
            event_url,
            headline,
            event_updated,
            summary,
            published=added,
            lang=feed.lang,
            byline=story.byline,
            tags=event.tags,
        )
        entries.append((event_updated, entry))
    return entries


def _feed_head(
    base_url: str,
    title: str,
    language: str,
    subtitle: str | None,
    path: str,
    home: str,
    publisher: str | None,
    updated: str,
) -> list[str]:
    """The feed's own lines before its entries: its title, addresses, id, time and author
    (``updated``: when its latest entry changed)."""
    return [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang={quoteattr(language)}>',
        f"<title>{escape(title)}</title>",
        *([f"<subtitle>{escape(subtitle)}</subtitle>"] if subtitle else []),
        f'<link rel="self" href={quoteattr(base_url + path)}/>',
        f"<link href={quoteattr(base_url + home)}/>",
        f"<id>{escape(base_url if path == site_paths.SITE_FEED else base_url + path)}</id>",
        f"<updated>{updated}</updated>",
        f"<author><name>{escape(publisher or title)}</name></author>",
    ]


def capital_first(text: str) -> str:
    """``text`` with its first letter a capital: a feed entry's title that starts with a
    date, which many languages write in lower case ('abril de 2010: Informe...'). Only
    that letter: the rest, the editor's title with it, stays as written (``str.capitalize``
    would lower it). A date that opens with an abbreviation of one letter stays as
    written: English's 'c. August 2024' as 'C. August 2024' read as a person's initial
    and name."""
    if ONE_LETTER_ABBREVIATION.match(text):
        return text
    return text[:1].title() + text[1:]


ONE_LETTER_ABBREVIATION = re.compile(r"[^\W\d_]\.\s")
"""A letter, its point and a space: 'c. ' (circa), which a capital makes an initial."""


def _entry(
    url: str,
    title: str,
    updated: str,
    html: str,
    published: str | None = None,
    lang: str | None = None,
    *,
    byline: str | None = None,
    tags: tuple[str, ...] = (),
) -> str:
    """One entry; ``byline``: its story's (else the feed's author, the site, is its);
    ``tags``: its event's, as categories a feed reader may sort by."""
    parts = [
        "<entry>" if lang is None else f"<entry xml:lang={quoteattr(lang)}>",
        f"<title>{escape(title)}</title>",
        f"<link href={quoteattr(url)}/>",
        f"<id>{escape(url)}</id>",
        f"<updated>{updated}</updated>",
    ]
    if published:
        parts.append(f"<published>{published}</published>")
    if byline:
        parts.append(f"<author><name>{escape(byline)}</name></author>")
    parts += (f"<category term={quoteattr(tag)}/>" for tag in tags)
    parts.append(f'<summary type="html">{escape(html)}</summary>')
    parts.append("</entry>")
    return "\n".join(parts)
