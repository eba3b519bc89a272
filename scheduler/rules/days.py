"""Days for reminders: working days of Belarus and Russia, and the date values of FORMAT.md read as days."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from zoneinfo import ZoneInfo

UTC = dt.timezone.utc  # noqa: UP017 -- Python 3.10
MAX_SHIFT = 16  # days a working-day shift can move a date (long New Year holidays + weekends)
DAY = re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})$")
MONTH = re.compile(r"^(\d{4})-(\d{2})$")
YEAR = re.compile(r"^(\d{4})$")


# --------------------------------------------------------------------------- working days


@functools.lru_cache(maxsize=64)
def _calendar(country: str, year: int):  # type: ignore[no-untyped-def]
    import holidays

    return holidays.country_holidays(country, years=range(year - 1, year + 2))


@functools.lru_cache(maxsize=200_000)
def working_day(day: dt.date, country: str, forward: bool = False) -> dt.date:
    """``day`` if it is a working day in ``country``, else the previous (or next) working day."""
    step = dt.timedelta(days=1 if forward else -1)
    for _ in range(MAX_SHIFT * 2):
        if _calendar(country, day.year).is_working_day(day):
            return day
        day += step
    return day


def at(day: dt.date, hour: int, tz: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), ZoneInfo(tz)).astimezone(UTC)


# --------------------------------------------------------------------------- reading events


def parse_point(value: str | None) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of a date value; an interval counts by its first end."""
    if not value:
        return None, None, None
    value = value.split("/")[0]
    if m := DAY.match(value):
        y = None if m[1] == "XXXX" else int(m[1])
        return y, int(m[2]), int(m[3])
    if m := MONTH.match(value):
        return int(m[1]), int(m[2]), None
    if m := YEAR.match(value):
        return int(m[1]), None, None
    return None, None, None


def last_day(value: str | None) -> dt.date | None:
    """The last day a date value covers (``2025`` → 2025-12-31)."""
    if not value:
        return None
    value = value.split("/")[-1]
    y, m, d = parse_point(value)
    if y is None:
        return None
    if m is None:
        return dt.date(y, 12, 31)
    try:
        return dt.date(y, m, d or calendar.monthrange(y, m)[1])
    except ValueError:
        return None


def on(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return dt.date(year, 2, 28) if (month, day) == (2, 29) else None
