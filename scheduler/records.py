"""The canonical event as the store hands it to pure code (feeds, reminders, web, API).

The store turns its rows into these frozen records at exactly one place; feeds and
the reminder rules import nothing from the database layer.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

EVENT_TYPES = ("meeting", "visit", "fair", "festival", "commemoration", "agreement", "plan", "other")


@dataclass(frozen=True, slots=True)
class SourceRef:
    """One document that supports an event."""

    source: str  # the path or URL as ingested
    url: str | None  # the press release's own address, when known
    published: str | None  # its publication date value
    evidence: str  # the sentence the event was read from
    evidence_start: int | None = None
    evidence_end: int | None = None
    document_id: int | None = None

    @property
    def public(self) -> str:
        """What may be shown to anyone (feeds, pages, emails): the release's http(s) address, else only the
        file's name -- never a local folder («/home/user/releases/01.txt» → «01.txt»)."""
        for where in (self.url, self.source):
            if where and where.startswith(("http://", "https://")) and not re.search(r"\s", where):
                return where
        return re.split(r"[\\/]", self.source.rstrip("/\\"))[-1] or "-"


@dataclass(frozen=True, slots=True)
class EventRecord:
    """A canonical event: extraction merged across documents, with corrections applied."""

    id: int
    uid: str  # stable forever: derived from the event's first canonical content, never random
    type: str
    title: str
    start: str | None  # a date value of FORMAT.md: YYYY-MM-DD, YYYY-MM, YYYY or XXXX-MM-DD
    end: str | None = None
    time: str | None = None  # HH:MM, Europe/Minsk
    location: str | None = None
    participants: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()  # the sides of the cooperation, Russian names, Belarusian side first
    recurrence: str | None = None  # "yearly" or None
    first_year: int | None = None
    base: str | None = None
    sources: tuple[SourceRef, ...] = ()
    sequence: int = 0  # bumped on every real change
    created: dt.datetime | None = None  # UTC, aware
    last_modified: dt.datetime | None = None  # UTC, aware: the record's last real change
    hidden: bool = False
    hidden_at: dt.datetime | None = None  # UTC, aware

    @property
    def url(self) -> str | None:
        for s in self.sources:
            if s.url:
                return s.url
        return None

    @property
    def public_source(self) -> str | None:
        """The source anyone may see: the first http(s) address among the sources, else the first file's name."""
        public = [s.public for s in self.sources]
        return next((p for p in public if p.startswith(("http://", "https://"))), public[0] if public else None)

    @property
    def first_start(self) -> str | None:
        """``start`` as the feeds and listings count it: a recurring day with a known first year starts then
        (Unity Day, first kept in 1996, read from a 2016 release: ``1996-04-02``)."""
        s = self.start
        if self.recurrence == "yearly" and self.first_year and s and len(s) == 10 and s[4] == "-":
            return f"{self.first_year:04d}{s[4:]}"
        return s

    @property
    def evidence(self) -> str:
        return self.sources[0].evidence if self.sources else ""

    def to_json(self) -> dict[str, Any]:
        """The stable JSON shape of `presscal events --json` / `upcoming --json` (documented in docs/store.md)."""
        return {
            "id": self.id,
            "uid": self.uid,
            "type": self.type,
            "title": self.title,
            "start": self.first_start,
            "end": self.end,
            "time": self.time,
            "location": self.location,
            "participants": list(self.participants),
            "parties": list(self.parties),
            "recurrence": self.recurrence,
            "first_year": self.first_year if self.recurrence == "yearly" else None,
            "url": self.url,
            "sources": [s.source for s in self.sources],
            "hidden": self.hidden,
            "sequence": self.sequence,
            "last_modified": self.last_modified.isoformat() if self.last_modified else None,
        }
