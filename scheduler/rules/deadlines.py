"""Plan deadlines (pure): the last day of an action plan, the lead days before it that feeds announce, and
the plan's name with its parties («План мероприятий Беларусь — Курская область на 2023–2025 годы»)."""

from __future__ import annotations

import datetime as dt
import re

from ..records import EventRecord
from .parties import sides
from .spans import parse_span

DEADLINE_LEADS = (90, 30, 7)


def plan_last_day(record: EventRecord) -> dt.date | None:
    """The last day an action plan is in force, or None (not a plan, no date, or a yearly day)."""
    if record.type != "plan":
        return None
    span = parse_span(record.start, record.end)
    if span is None or span.precision == "yearly":
        return None
    return span.last


_PLAN_HEAD = re.compile(r"^(План(?:\s+мероприятий)?)(?=\s|$)", re.I)
_YEARS = re.compile(r"\b(\d{4})\s*[-–—]\s*(\d{4})\b")


def _named(title: str, party: str) -> bool:
    """The title already names the party («… с Курской областью» names «Курская область»)."""
    if party in ("Республика Беларусь", "Беларусь"):
        return bool(re.search(r"(?i)бел[ао]рус", title))
    if party == "Российская Федерация":
        return bool(re.search(r"(?i)росси", title))
    stem = party.split()[0][:5].lower().replace("ё", "е")
    return stem in title.lower().replace("ё", "е")


def plan_name(record: EventRecord) -> str:
    """A plan's name that tells it apart: its title with its parties («План мероприятий Беларусь — Курская
    область на 2023–2025 годы»), unless the title already names them all; years joined by an en dash."""
    title = " ".join(record.title.split())
    if record.parties and not all(_named(title, p) for p in record.parties):
        who = sides(record.parties)
        title = _PLAN_HEAD.sub(lambda m: f"{m.group(1)} {who}", title, count=1) if _PLAN_HEAD.match(title) \
            else f"{title} ({who})"
    return _YEARS.sub(r"\1–\2", title)
