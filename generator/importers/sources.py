"""The sources of a story an import makes: the media of slides that is no picture (a
video, a post, an article) becomes a source the event cites, one per address. Imported
again (``--force``), a source keeps the id it had by its address, as quotes cite it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from generator.content.ids import to_id
from generator.importers.ids import free_id


@dataclass(frozen=True)
class Source:
    id: str
    publisher: str
    url: str
    title: str = ""


@dataclass
class Sources:
    """The story's sources, made from media links: one per address."""

    by_url: dict[str, Source] = field(default_factory=dict)
    kept: Mapping[str, str] = field(default_factory=dict)
    """The ids of the sources of the story replaced (``--force``), by address: a source of
    the same address keeps its id (quotes cite it), and no other takes one of them."""

    def cite(self, url: str, publisher: str, title: str) -> str:
        if url not in self.by_url:
            taken = {s.id for s in self.by_url.values()} | set(self.kept.values())
            sid = self.kept.get(url) or free_id(to_id(publisher, limit=40, fallback="source"), taken)
            self.by_url[url] = Source(sid, publisher, url, title)
        return self.by_url[url].id

    def had(self) -> tuple[Source, ...]:
        """The sources the story replaced had that the timeline cites too."""
        return tuple(s for url, s in self.by_url.items() if self.kept.get(url) == s.id)

    def new(self) -> tuple[Source, ...]:
        """The sources to write: those the story replaced did not have. One it had (by its
        address) stays as its editor wrote it, title, date and all, with the rest of its
        sources the import keeps (``yamlwrite.kept_sources``)."""
        had = {s.id for s in self.had()}
        return tuple(source for source in self.by_url.values() if source.id not in had)
