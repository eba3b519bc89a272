"""SQLModel tables. Schema changes go through Alembic (scheduler/store/migrations), never create_all in production.

Invariants (see DESIGN.md):
- ``Event.uid`` never changes once written; it is derived from the event's first canonical content.
- A ``Correction`` wins over re-extraction forever: the store applies corrections last.
- ``Outbox.key`` is unique: one row per (event occurrence, lead, recipient); a reminder is sent once.
- Datetimes are aware UTC (sqlmodel's UTCDateTime: timestamptz on PostgreSQL, UTC text on SQLite).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# --------------------------------------------------------------------------- documents and events


class Document(SQLModel, table=True):
    """One ingested press release (the text as decoded), keyed by where it came from."""

    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(index=True, unique=True, max_length=2048)  # path or URL as given
    url: str | None = Field(default=None, max_length=2048)  # the release's own address
    content_hash: str = Field(index=True, max_length=64)  # sha256 of the decoded text
    lang: str = Field(default="ru", max_length=8)
    title: str | None = Field(default=None, sa_column=Column(Text))
    published: str | None = Field(default=None, max_length=32)  # a date value
    published_how: str | None = Field(default=None, max_length=16)
    published_evidence: str | None = Field(default=None, sa_column=Column(Text))
    text: str = Field(sa_column=Column(Text, nullable=False))
    extractor_version: str = Field(default="", max_length=32)
    ingested_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)


class Event(SQLModel, table=True):
    """A canonical event, merged across documents; what feeds and reminders see."""

    # No single-column index on type or hidden: the planner would prefer them to the start_date range.
    __table_args__ = (Index("ix_event_start_end", "start_date", "end_date"),
                      Index("ix_event_type_start", "type", "start_date"),
                      Index("ix_event_recurrence_type", "recurrence", "type"))

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(index=True, unique=True, max_length=128)
    merge_key: str = Field(index=True, max_length=128)  # merge.merge_key() of the first extraction: type + date + title stems
    type: str = Field(max_length=16)
    title: str = Field(sa_column=Column(Text, nullable=False))
    start: str | None = Field(default=None, max_length=32)  # date value as extracted/corrected
    end: str | None = Field(default=None, max_length=32)
    time: str | None = Field(default=None, max_length=8)
    start_date: dt.date | None = None  # first day the start value covers (yearly days: in year 4)
    end_date: dt.date | None = Field(default=None, index=True)  # last day the event covers
    precision: str = Field(default="day", max_length=8)  # day | month | year | yearly | none
    location: str | None = Field(default=None, max_length=512)
    participants: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))  # JSON list
    # JSON list of the sides (Russian names, Belarusian side first): merged across sources, correctable
    parties: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]", server_default="[]"))
    recurrence: str | None = Field(default=None, max_length=16)  # "yearly": listed whatever the window
    first_year: int | None = None
    base: str | None = Field(default=None, max_length=512)
    hidden: bool = False
    hidden_at: dt.datetime | None = None
    merged_into: int | None = Field(default=None, foreign_key="event.id", index=True)
    sequence: int = 0
    content_hash: str = Field(default="", max_length=64)  # of the published fields, to detect real changes
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow, index=True)  # max() is part of Store.version()


class EventSource(SQLModel, table=True):
    """A document (and the sentence in it) that supports an event."""

    __table_args__ = (
        UniqueConstraint("event_id", "document_id", "evidence_start", name="uq_eventsource"),
        # the best sources of an event first, read from the index alone (writer.recompute)
        Index("ix_eventsource_best", "event_id", "rank", "order_key", "evidence_start", "document_id"),
        # the settling merge's questions (writing.neighbours, writing.key_best; migration 0005)
        Index("ix_eventsource_bucket", "type", "bucket", "start_date", "end_date", "merge_key"),
        Index("ix_eventsource_days", "type", "start_date", "end_date", "merge_key"),
        Index("ix_eventsource_key_best", "merge_key", "rank", "order_key", "evidence_start"),
    )

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id")  # indexed first in ix_eventsource_best
    document_id: int = Field(foreign_key="document.id", index=True)
    merge_key: str = Field(default="", max_length=64)  # of the extracted event: re-ingest finds its event
    rank: int = 0  # 0 = the most precise extraction (writer._rank); the best source gives the event's fields
    order_key: str = Field(default="", max_length=2100)  # the document's "published source": ties go to the earliest
    evidence_start: int = 0
    evidence_end: int = 0
    evidence: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    extracted: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))  # JSON of the ExtractedEvent
    # the extraction's type and days (yearly days in year 4) and the smallest aligned span holding them:
    # YYYY-MM, YYYY, YYYx (a decade), * (wider), XXXX (yearly), '' (undated) -- see migration 0005
    type: str = Field(default="", max_length=16, sa_column_kwargs={"server_default": ""})
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    bucket: str = Field(default="", max_length=8, sa_column_kwargs={"server_default": ""})


class Correction(SQLModel, table=True):
    """What a person changed on an event. Applied after extraction, always."""

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True)
    field: str = Field(max_length=32)  # title | start | end | type | location | time | parties | hidden | merged_into
    value: str = Field(sa_column=Column(Text, nullable=False))  # JSON-encoded value
    created_at: dt.datetime = Field(default_factory=utcnow)
    author: str | None = Field(default=None, max_length=128)


# --------------------------------------------------------------------------- reminders


class Subscription(SQLModel, table=True):
    """Someone who receives reminder emails."""

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(index=True, unique=True, max_length=320)
    types: str = Field(default="", max_length=256)  # comma-separated event types; empty = all
    # ';'-separated parties (Russian names): only their events; empty = every party's
    parties: str = Field(default="", max_length=1024, sa_column_kwargs={"server_default": ""})
    leads: str = Field(default="", max_length=128)  # comma-separated days; empty = the defaults
    country: str = Field(default="BY", max_length=2)
    hour: int = 9
    tz: str = Field(default="Europe/Minsk", max_length=64)
    token: str = Field(index=True, unique=True, max_length=64)  # one-click unsubscribe
    active: bool = True
    created_at: dt.datetime = Field(default_factory=utcnow)


class Outbox(SQLModel, table=True):
    """One row per (event occurrence, lead, recipient): the unit of at-least-once delivery."""

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(index=True, unique=True, max_length=128)  # idempotency key
    event_uid: str = Field(index=True, max_length=128)
    occurrence: dt.date  # the day the reminder is about
    lead_days: int  # days before the occurrence (negative: overdue notice)
    kind: str = Field(max_length=16)  # anniversary | deadline | overdue | upcoming
    recipient: str = Field(index=True, max_length=320)
    due_at: dt.datetime = Field(index=True)  # UTC
    state: str = Field(default="pending", index=True, max_length=16)  # pending|sending|sent|retry|dead|missed
    attempts: int = 0
    next_attempt_at: dt.datetime | None = Field(default=None, index=True)
    claimed_at: dt.datetime | None = None
    claimed_by: str | None = Field(default=None, max_length=128)
    sent_at: dt.datetime | None = None
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    message_id: str = Field(default="", max_length=256)
    subject: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    payload: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))  # JSON for composing
    created_at: dt.datetime = Field(default_factory=utcnow)


class SchedulerLock(SQLModel, table=True):
    """A lease that makes exactly one scheduler process active per store."""

    name: str = Field(primary_key=True, max_length=64)
    holder: str = Field(max_length=128)
    expires_at: dt.datetime
    heartbeat_at: dt.datetime = Field(default_factory=utcnow)
