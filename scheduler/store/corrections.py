"""Corrections: what a person changes on an event (edit, hide, unhide, merge), recorded forever.

Each correction is a row of the ``correction`` table; :func:`scheduler.store.writing.recompute` applies them
after the extracted fields every time an event is rebuilt, so re-ingesting never undoes them. Only a
real change records a row and bumps the event's ``sequence``.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..errors import NotFound, UsageError
from ..records import EVENT_TYPES, EventRecord
from ..rules.parties import merge_parties, parse_parties, valid_party
from . import merging as M
from .writing import Db, recompute, transact, utcnow

EVENT_YEARS = (1000, 2999)  # a corrected date outside is a typo (and year 9999 would break every feed)
CORRECTABLE = ("title", "start", "end", "time", "type", "location", "hidden", "parties")
_INS = ("INSERT INTO correction (event_id, field, value, created_at, author)"
        " VALUES (:e, :field, :value, :now, :author)")


def validate(fields: dict[str, Any]) -> dict[str, Any]:
    """Check corrected values; a UsageError names the field and the value."""
    out: dict[str, Any] = {}
    for k, v in fields.items():
        if k not in CORRECTABLE:
            raise UsageError(f"cannot correct field {k!r}; one of {', '.join(CORRECTABLE)}")
        if isinstance(v, str):
            v = v.strip() or None
        if k in ("start", "end") and v is not None:
            try:
                first, last, _ = M.parse_value(v)
            except ValueError as e:
                raise UsageError(f"--{k} {v!r}: {e}") from None
            if not (EVENT_YEARS[0] <= first.year and last.year <= EVENT_YEARS[1]) and not v.startswith("XXXX"):
                raise UsageError(f"--{k} {v!r}: the year must be between {EVENT_YEARS[0]} and {EVENT_YEARS[1]}")
        elif k == "time" and v is not None and not M.valid_time(v):
            raise UsageError(f"--time {v!r}: expected HH:MM (00:00-23:59)")
        elif k == "type" and v not in EVENT_TYPES:
            raise UsageError(f"--type {v!r}: one of {', '.join(EVENT_TYPES)}")
        elif k in ("title", "location") and v is not None and re.search(r"[\x00-\x1f\x7f\x85\u2028\u2029]", v):
            raise UsageError(f"--{k} {v!r}: must be one line, without line breaks or control characters")
        elif k == "hidden":
            v = bool(v)
        elif k == "parties":
            v = _parties(v)
        if k in ("title", "start", "type") and v is None:
            raise UsageError(f"--{k} must not be empty")
        out[k] = v
    return out


def _parties(v: Any) -> list[str]:
    """``"Республика Беларусь; Курская область"`` (or a list) → the list, Belarusian side first; "" → []."""
    names = parse_parties(v) if isinstance(v, str) else parse_parties(";".join(v or ()))
    bad = [n for n in names if not valid_party(n)]
    if bad:
        raise UsageError(f"--parties {bad[0]!r}: a party is a name such as «Курская область», one line, "
                         "parties separated by ';'")
    return merge_parties([names])


def correct(store: Any, eid: int, fields: dict[str, Any], *, author: str | None = None) -> EventRecord:
    """Record a correction for each field that really changes, then recompute the event."""
    fields = validate(fields)

    def run(conn: Any) -> None:
        db, now = Db(conn), utcnow()
        row = db.one('SELECT title, start, "end", "time", type, location, hidden, parties, merged_into FROM event'
                     " WHERE id = :id", id=eid)
        if row is None:
            raise NotFound(f"no event with id {eid}")
        current = dict(zip(CORRECTABLE, row[:8], strict=True))
        current["hidden"] = bool(current["hidden"])
        current["parties"] = json.loads(current["parties"] or "[]")
        if row[8] is not None:
            raise UsageError(f"event {eid} was merged into {row[8]}: correct that one")
        start, end = fields.get("start", current["start"]), fields.get("end", current["end"])
        if start and end and M.date_range(start, end)[1] != M.date_range(end, None)[1]:
            raise UsageError(f"end {end!r} is before start {start!r}, or not the same kind of date")
        changed = [(k, v) for k, v in fields.items() if current[k] != v]
        for k, v in changed:
            db.run(_INS, e=eid, field=k, value=json.dumps(v, ensure_ascii=False), now=now, author=author)
        if changed:
            recompute(db, eid, now)

    transact(store, run)
    return store.record(eid)


def merge_events(store: Any, keep: int, other: int, *, author: str | None = None) -> EventRecord:
    """Merge ``other`` into ``keep``: its sources move, it is hidden, and the merge is a correction."""
    if keep == other:
        raise UsageError(f"cannot merge event {keep} into itself")

    def run(conn: Any) -> None:
        db, now = Db(conn), utcnow()
        for i in (keep, other):
            row = db.one("SELECT merged_into FROM event WHERE id = :id", id=i)
            if row is None:
                raise NotFound(f"no event with id {i}")
            if row[0] is not None:
                raise UsageError(f"event {i} was already merged into {row[0]}")
        have = set(db.all("SELECT document_id, evidence_start FROM eventsource WHERE event_id = :e", e=keep))
        for sid, doc, es in db.all("SELECT id, document_id, evidence_start FROM eventsource WHERE event_id = :e",
                                   e=other):
            if (doc, es) in have:
                db.run("DELETE FROM eventsource WHERE id = :id", id=sid)
            else:
                db.run("UPDATE eventsource SET event_id = :e WHERE id = :id", e=keep, id=sid)
        db.run(_INS, e=other, field="merged_into", value=json.dumps(keep), now=now, author=author)
        recompute(db, other, now)
        recompute(db, keep, now)

    transact(store, run)
    return store.record(keep)
