"""Plan deadlines (pure): the last day of an action plan and the lead days before it that feeds announce."""

from __future__ import annotations

import datetime as dt

from ..records import EventRecord
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
