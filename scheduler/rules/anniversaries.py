"""Yearly days and anniversaries (pure): which day a yearly day falls on, what an anniversary counts from.

The feeds (``anniversaries.ics``, RRULEs of yearly days) and the reminders (anniversary emails) both ask here,
so a feed and an email never disagree about a day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable

from ..records import EventRecord
from .spans import parse_span

ANNIVERSARY_BEFORE, ANNIVERSARY_AFTER = 2, 8  # years around the store's present (present_year)
ORDINAL_TITLE = re.compile(r"^\d+-(летие|я годовщина)\b", re.I)


def anchor_year(record: EventRecord, day: dt.date) -> int:
    """The first year of a yearly day: first_year, else the earliest source's year, else 2000."""
    year = record.first_year
    if year is None and day.year != 2000:  # 2000 stands for the unknown year of "XXXX-MM-DD"
        year = day.year
    if year is None:
        years = [int(s.published[:4]) for s in record.sources if s.published and s.published[:4].isdigit()]
        year = min(years) if years else 2000
    if (day.month, day.day) == (2, 29):
        while not calendar.isleap(year):
            year -= 1
    return year


def yearly_day(year: int, month: int, day: int) -> dt.date:
    """The day in a given year; 29 February falls on 28 February in common years (ГК РФ ст. 192 п. 3)."""
    if (month, day) == (2, 29) and not calendar.isleap(year):
        return dt.date(year, 2, 28)
    return dt.date(year, month, day)


def anniversary_origin(record: EventRecord) -> tuple[dt.date, str] | None:
    """The day an anniversary counts from and the phrase it is named after, or None."""
    if record.type not in ("agreement", "commemoration"):
        return None
    span = parse_span(record.start, record.end)
    if span is None or span.precision not in ("day", "yearly"):
        return None
    name, year = anniversary_base(record)
    if not name or ORDINAL_TITLE.match(name):
        return None
    if year and (record.type == "commemoration" or span.precision == "yearly" or record.recurrence == "yearly"):
        return yearly_day(year, span.first.month, span.first.day), name
    if record.type == "agreement" and span.precision == "day" and record.recurrence != "yearly":
        return span.first, name
    return None


def anniversary_base(record: EventRecord) -> tuple[str, int | None]:
    """What an anniversary is named after and its first year: "Курская битва (1943)" → ("Курская битва", 1943)."""
    base = (record.base or "").strip()
    m = re.fullmatch(r"(.*?)\s*\((\d{4})\)", base)
    if m and m.group(1):
        return m.group(1), record.first_year or int(m.group(2))
    if base and not re.match(r"^\d", base):
        return base, record.first_year
    return record.title.strip(), record.first_year


def present_year(records: Iterable[EventRecord]) -> int | None:
    """The store's "now", read from the data so feeds stay deterministic: the year of the newest press
    release (a live store ingests new ones, so it follows the calendar); failing that, the newest event
    year. Not the newest event: a plan "на 2026-2030 годы" must not push this year's anniversaries out."""
    records = list(records)
    published = [int(s.published[:4]) for r in records for s in r.sources if s.published and s.published[:4].isdigit()]
    if published:
        return max(published)
    years = [s.last.year for r in records if (s := parse_span(r.start, r.end)) and s.precision != "yearly"]
    return max(years) if years else None
