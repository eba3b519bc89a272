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
    if span.precision == "yearly" or record.recurrence == "yearly":
        return None  # a recurring day is itself in the main feed every year: the day, not an ordinal
    name, year = anniversary_base(record)
    if not name or ORDINAL_TITLE.match(name):
        return None
    if year and record.type == "commemoration":
        return yearly_day(year, span.first.month, span.first.day), name
    if record.type == "agreement" and span.precision == "day" and record.recurrence != "yearly":
        return span.first, name
    return None


_PLAN_PERIOD = re.compile(r"(?i)\bплан\w*\b.*?\bна\s+(\d{4})(?:\s*[-–—]\s*(\d{4}))?\s*(?:год|гг)")


def anniversary_last_year(record: EventRecord) -> int | None:
    """The last year an anniversary is worth a line, or None: the end of the period of the plan whose
    signing it is («Подписание Плана мероприятий на 2017-2019 годы» → 2019)."""
    if record.type != "agreement":
        return None
    m = _PLAN_PERIOD.search(record.title)
    return int(m.group(2) or m.group(1)) if m else None


def anniversary_on(record: EventRecord, year: int) -> tuple[dt.date, int, str] | None:
    """(day, years, name) of the record's anniversary in ``year``, or None: none before the first year, none
    after the period of a signed plan is over, none on the day the record itself marks (an event «80-летие
    Победы в Курской битве» on 23 August 2023 is that year's anniversary already)."""
    origin = anniversary_origin(record)
    if origin is None:
        return None
    day0, name = origin
    n = year - day0.year
    last = anniversary_last_year(record)
    if n < 1 or (last is not None and year > last):
        return None
    try:
        day = yearly_day(year, day0.month, day0.day)
    except ValueError:  # a year past 9999
        return None
    own = parse_span(record.start, record.end)
    if own is not None and own.precision == "day" and own.first == day:
        return None
    return day, n, name


def anniversaries_between(records: Iterable[EventRecord], first: dt.date, last: dt.date
                          ) -> list[tuple[dt.date, int, str, EventRecord]]:
    """Every anniversary in [first, last]: (day, years, name, record), one per (day, name) -- two records of
    the same origin (two reports of the Battle of Kursk) give one line -- sorted by (day, uid)."""
    seen: set[tuple[dt.date, str]] = set()
    out = []
    for r in sorted(records, key=lambda r: r.uid):
        if r.type not in ("agreement", "commemoration"):
            continue
        for year in range(first.year, last.year + 1):
            got = anniversary_on(r, year)
            if got is None or not first <= got[0] <= last:
                continue
            key = (got[0], got[2].casefold())
            if key not in seen:
                seen.add(key)
                out.append((got[0], got[1], got[2], r))
    out.sort(key=lambda a: (a[0], a[3].uid))
    return out


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
