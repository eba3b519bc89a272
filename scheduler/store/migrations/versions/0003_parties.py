"""Parties: the sides of the cooperation of each event (``event.parties``, a JSON list), and the parties a
subscriber chose (``subscription.parties``, ';'-separated; empty: every party's events).

Existing stores keep every row; each event's parties are filled from what its sources' extractions
already recorded (``eventsource.extracted``), united best source first, the Belarusian side first.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# the Belarusian side, as scheduler.rules.parties reads it (copied: a migration must not change with the code)
_BELARUSIAN = ("республика беларусь", "беларусь", "минск", "брест", "витеб", "гомел", "гродн", "могил")


def _merge(lists: list[list[str]]) -> list[str]:
    seen = list(dict.fromkeys(p.strip() for ps in lists for p in ps if isinstance(p, str) and p.strip()))
    by = [p for p in seen if p.lower().replace("ё", "е").startswith(_BELARUSIAN)]
    return by + [p for p in seen if p not in by]


def upgrade() -> None:
    # a plain ADD COLUMN on both databases (no table copy: the event table is referenced by foreign keys)
    op.execute("ALTER TABLE event ADD COLUMN parties TEXT NOT NULL DEFAULT '[]'")
    op.execute("ALTER TABLE subscription ADD COLUMN parties VARCHAR(1024) NOT NULL DEFAULT ''")
    conn = op.get_bind()
    found: dict[int, list[list[str]]] = {}
    rows = conn.execute(sa.text("SELECT event_id, extracted FROM eventsource ORDER BY event_id, rank, order_key,"
                                " evidence_start"))
    for event_id, extracted in rows:
        try:
            parties = json.loads(extracted or "{}").get("parties") or []
        except (ValueError, AttributeError):
            continue
        found.setdefault(event_id, []).append(list(parties))
    update = sa.text("UPDATE event SET parties = :p WHERE id = :id")
    for event_id, lists in found.items():
        merged = _merge(lists)
        if merged:
            conn.execute(update, {"p": json.dumps(merged, ensure_ascii=False), "id": event_id})


def downgrade() -> None:
    op.execute("ALTER TABLE subscription DROP COLUMN parties")
    op.execute("ALTER TABLE event DROP COLUMN parties")  # SQLite 3.35+ drops a column in place
