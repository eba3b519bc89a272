"""Frozen result objects of extraction: the one boundary the rest of the project sees.

They serialise to the contract of ``../shared/FORMAT.md`` with :meth:`DocumentResult.to_dict`.
Date values are strings: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``XXXX-MM-DD`` or ``A/B`` intervals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Mention:
    """A calendar expression found in a text, with its normalized value."""

    text: str
    start: int
    end: int
    value: str
    kind: str = "date"  # date | month | year | interval | relative | yearly

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "value": self.value}


@dataclass(frozen=True, slots=True)
class Published:
    """The publication date of a document and how it was found."""

    value: str  # YYYY-MM-DD or YYYY (a year the text settles)
    how: str  # given | meta | url | dateline | inferred
    evidence: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "how": self.how, "evidence": self.evidence}


@dataclass(frozen=True, slots=True)
class Evidence:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class ExtractedEvent:
    """An event a document reports or announces."""

    type: str  # meeting | visit | fair | festival | commemoration | agreement | plan | other
    title: str
    start: str | None
    end: str | None = None
    time: str | None = None  # HH:MM local (Europe/Minsk) when the text gives one
    location: str | None = None
    participants: tuple[str, ...] = ()
    recurrence: str | None = None  # "yearly" or None
    evidence: Evidence | None = None
    first_year: int | None = None  # for yearly days: the first year observed, when known
    base: str | None = None  # for anniversaries: the base event counted from, e.g. "Курская битва (1943)"
    parties: tuple[str, ...] = ()  # the sides of the cooperation, Russian dictionary names, Belarusian side first

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "type": self.type,
            "title": self.title,
            "start": self.start,
            "end": self.end,
            "time": self.time,
            "location": self.location,
            "participants": list(self.participants),
            "recurrence": self.recurrence,
            "evidence": self.evidence.to_dict() if self.evidence else None,
            "parties": list(self.parties),
        }
        if self.first_year is not None:
            d["first_year"] = self.first_year
        if self.base is not None:
            d["base"] = self.base
        return d


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """Everything extracted from one document."""

    source: str
    text: str
    url: str | None = None
    lang: str = "ru"
    published: Published | None = None
    mentions: tuple[Mention, ...] = ()
    events: tuple[ExtractedEvent, ...] = ()
    title: str | None = None  # the headline, when one is found
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "url": self.url,
            "lang": self.lang,
            "published": self.published.to_dict() if self.published else None,
            "mentions": [m.to_dict() for m in self.mentions],
            "events": [e.to_dict() for e in self.events],
        }
