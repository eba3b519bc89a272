"""Each event source keeps its extraction's type, days and *bucket* (``eventsource.type``, ``start_date``,
``end_date``, ``bucket``), so the settling merge finds the sources whose days nest with an extraction's by
index, whatever the store's size (issue 13; writing.neighbours).

The bucket is the smallest aligned span holding the days: ``YYYY-MM`` (one month), ``YYYY`` (one year),
``YYYx`` (one decade), ``*`` (wider), ``XXXX`` (a yearly day, kept in year 4), ``''`` (undated). A source
that contains another lies in one of the few buckets enclosing the other's, and a contained one starts
within the other's days: two range scans of bounded extent. Existing stores keep every row; the columns are
filled from what each source's extraction recorded (``eventsource.extracted``).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# the date values as scheduler.store.merging reads them (copied: a migration must not change with the code)
_DAY = re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def _point(v: str) -> tuple[dt.date, dt.date, bool]:
    m = _DAY.match(v)
    if m:
        yearly = m.group(1) == "XXXX"
        d = dt.date(4 if yearly else int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return d, d, yearly
    m = _MONTH.match(v)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1]), False
    m = _YEAR.match(v)
    if m:
        return dt.date(int(m.group(1)), 1, 1), dt.date(int(m.group(1)), 12, 31), False
    raise ValueError(v)


def _value(v: str) -> tuple[dt.date, dt.date, bool]:
    if "/" in v:
        a, _, b = v.partition("/")
        a0, _, ya = _point(a)
        _, b1, _ = _point(b)
        if b1 < a0:
            raise ValueError(v)
        return a0, b1, ya
    return _point(v)


def _days(ex: dict) -> tuple[dt.date | None, dt.date | None, str]:
    start, end = ex.get("start"), ex.get("end")
    if not start:
        return None, None, ""
    try:
        first, last, yearly = _value(start)
        if end:
            _, last2, y2 = _value(end)
            if y2 == yearly and last2 >= first:
                last = last2
    except ValueError:
        return None, None, ""
    if yearly or ex.get("recurrence") == "yearly":
        first = last = first.replace(year=4)
        return first, last, "XXXX"
    if (first.year, first.month) == (last.year, last.month):
        return first, last, f"{first:%Y-%m}"
    if first.year == last.year:
        return first, last, f"{first.year:04d}"
    if first.year // 10 == last.year // 10:
        return first, last, f"{first.year // 10:03d}x"
    return first, last, "*"


def upgrade() -> None:
    op.execute("ALTER TABLE eventsource ADD COLUMN type VARCHAR(16) NOT NULL DEFAULT ''")
    op.execute("ALTER TABLE eventsource ADD COLUMN start_date DATE")
    op.execute("ALTER TABLE eventsource ADD COLUMN end_date DATE")
    op.execute("ALTER TABLE eventsource ADD COLUMN bucket VARCHAR(8) NOT NULL DEFAULT ''")
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    update = sa.text("UPDATE eventsource SET type = :t, start_date = :a, end_date = :b, bucket = :k WHERE id = :id")
    batch = []
    for sid, extracted in conn.execute(sa.text("SELECT id, extracted FROM eventsource")).fetchall():
        try:
            ex = json.loads(extracted or "{}")
        except ValueError:
            continue
        if not isinstance(ex, dict):
            continue
        first, last, k = _days(ex)
        a: object = first.isoformat() if sqlite and first else first  # as the store writes dates on SQLite
        b: object = last.isoformat() if sqlite and last else last
        batch.append({"t": str(ex.get("type") or "")[:16], "a": a, "b": b, "k": k, "id": sid})
    if batch:
        conn.execute(update, batch)
    # containers of an extraction: a few buckets, each a bounded range of days
    op.create_index("ix_eventsource_bucket", "eventsource", ["type", "bucket", "start_date", "end_date", "merge_key"])
    # contained in an extraction: the sources starting within its days
    op.create_index("ix_eventsource_days", "eventsource", ["type", "start_date", "end_date", "merge_key"])
    # a merge key's best source first (writing.key_best), without a sort however many sources it has
    op.create_index("ix_eventsource_key_best", "eventsource", ["merge_key", "rank", "order_key", "evidence_start"])
    op.drop_index("ix_eventsource_merge_key", table_name="eventsource")


def downgrade() -> None:
    op.create_index("ix_eventsource_merge_key", "eventsource", ["merge_key"])
    op.drop_index("ix_eventsource_key_best", table_name="eventsource")
    op.drop_index("ix_eventsource_days", table_name="eventsource")
    op.drop_index("ix_eventsource_bucket", table_name="eventsource")
    for col in ("bucket", "end_date", "start_date", "type"):
        op.execute(f"ALTER TABLE eventsource DROP COLUMN {col}")  # SQLite 3.35+ drops a column in place
