"""The days a FORMAT.md date value covers: "2025-06-10", "2022-06", "2022", "XXXX-04-02", "A/B"."""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import re
from dataclasses import dataclass

DAY_RE = re.compile(r"^(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, slots=True)
class Span:
    """The days an event covers: first and last day (inclusive) and how precisely they are known."""

    first: dt.date
    last: dt.date
    precision: str  # day | month | year | yearly


def parse_span(start: str | None, end: str | None = None) -> Span | None:
    """The days covered by a start/end pair of FORMAT.md date values; None when there is no day."""
    if not start:
        return None
    if "/" in start and not end:
        start, end = start.split("/", 1)
    a = _point(start)
    if a is None:
        return None
    first, last, precision = a
    if end:
        b = _point(end.split("/")[-1])
        if b is not None and precision != "yearly" and b[2] != "yearly" and b[1] >= first:
            last = b[1]
            if precision == "day" and b[2] != "day":
                precision = b[2]
    return Span(first, last, precision)


def _point(value: str) -> tuple[dt.date, dt.date, str] | None:
    m = DAY_RE.match(value.strip())
    if not m:
        return None
    y, mo, d = m.groups()
    try:
        if y == "XXXX":
            if not (mo and d):
                return None
            day = dt.date(2000, int(mo), int(d))  # a leap year: 29 February is a valid yearly day
            return day, day, "yearly"
        year = int(y)
        if d:
            day = dt.date(year, int(mo), int(d))
            return day, day, "day"
        if mo:
            month = int(mo)
            return dt.date(year, month, 1), dt.date(year, month, _cal.monthrange(year, month)[1]), "month"
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    except ValueError:
        return None
