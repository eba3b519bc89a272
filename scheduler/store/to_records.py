"""Rows and parameters: the one place where database rows become EventRecords, and values become
parameters the standard library's ``sqlite3`` stores as SQLAlchemy does (so both read them alike)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ..records import EventRecord, SourceRef
from .merging import YEARLY_YEAR, date_range

UTC = dt.timezone.utc  # noqa: UP017  (Python 3.10 has no dt.UTC)


def as_date(v: Any) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v
    return _parse_date(str(v)[:10])


@lru_cache(maxsize=1 << 15)
def _parse_date(v: str) -> dt.date:
    return dt.date.fromisoformat(v)


def as_dt(v: Any) -> dt.datetime | None:
    if v is None:
        return None
    if not isinstance(v, dt.datetime):
        return _parse_dt(str(v))
    return v.replace(tzinfo=UTC) if v.tzinfo is None else v.astimezone(UTC)


@lru_cache(maxsize=8192)
def _parse_dt(v: str) -> dt.datetime:
    d = dt.datetime.fromisoformat(v)
    return d.replace(tzinfo=UTC) if d.tzinfo is None else d.astimezone(UTC)


def sqlite_connect(dbapi_conn: Any, _connection_record: Any) -> None:
    dbapi_conn.isolation_level = None  # SQLAlchemy's "begin" event emits BEGIN itself
    for pragma in ("busy_timeout=60000", "journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON"):
        dbapi_conn.execute(f"PRAGMA {pragma}")


def sqlite_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN " + conn.get_execution_options().get("sqlite_begin", "IMMEDIATE"))


def sqlite_param(v: Any) -> Any:
    if isinstance(v, dt.datetime):
        v = v.astimezone(UTC).replace(tzinfo=None) if v.tzinfo else v
        return v.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


def type_filter(conds: list[str], params: dict[str, Any], types: Iterable[str] | None) -> None:
    if types is None:
        return
    names = sorted(set(types))
    if not names:
        conds.append("1=0")
        return
    keys = [f"t{i}" for i in range(len(names))]
    conds.append(f"e.type IN ({', '.join(':' + k for k in keys)})")
    params.update(zip(keys, names, strict=True))


def to_record(r: tuple, sources: Iterable[SourceRef]) -> EventRecord:
    """The one place where a row becomes an EventRecord."""
    (id_, uid, type_, title, start, end, time, location, participants, recurrence, first_year, base,
     sequence, created, updated, hidden, hidden_at, start_date, end_date, parties) = r
    rec = EventRecord(
        id=id_, uid=uid, type=type_, title=title, start=start, end=end, time=time, location=location,
        participants=tuple(json.loads(participants)) if participants and participants != "[]" else (),
        parties=tuple(json.loads(parties)) if parties and parties != "[]" else (),
        recurrence=recurrence, first_year=first_year,
        base=base, sources=tuple(sources), sequence=sequence, created=as_dt(created),
        last_modified=as_dt(updated), hidden=bool(hidden), hidden_at=as_dt(hidden_at),
    )
    return rec


def in_year4(d: dt.date) -> dt.date:
    return dt.date(YEARLY_YEAR, d.month, d.day)


@lru_cache(maxsize=4096)
def yearly_days(month: int, day: int, first: dt.date, last: dt.date) -> tuple[dt.date, ...]:
    """The days in [first, last] a yearly day falls on, by dateutil's rrule; 29 Feb → 28 Feb in common years."""
    from dateutil.rrule import YEARLY, rrule

    rule = rrule(YEARLY, bymonth=month, bymonthday=-1 if (month, day) == (2, 29) else day,
                 dtstart=dt.datetime(first.year, first.month, first.day, tzinfo=UTC),
                 until=dt.datetime(last.year, last.month, last.day, tzinfo=UTC))
    return tuple(x.date() for x in rule)


def span(r: EventRecord) -> tuple[dt.date | None, dt.date | None]:
    first, last, _ = date_range(r.start, r.end)
    return first, last


def haystack(r: EventRecord) -> str:
    parts = [r.title, r.location or "", " ".join(r.participants), " ".join(r.parties)] + [s.evidence for s in r.sources]
    return "\n".join(parts).casefold()
