"""Initial schema: every table of scheduler/models.py (documents, events, sources, corrections, reminders).

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=2048), nullable=False),
        sa.Column("url", sa.String(length=2048), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.String(length=32), nullable=True),
        sa.Column("published_how", sa.String(length=16), nullable=True),
        sa.Column("published_evidence", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("extractor_version", sa.String(length=32), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_content_hash"), ["content_hash"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_source"), ["source"], unique=True)

    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=128), nullable=False),
        sa.Column("merge_key", sa.String(length=128), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("start", sa.String(length=32), nullable=True),
        sa.Column("end", sa.String(length=32), nullable=True),
        sa.Column("time", sa.String(length=8), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("precision", sa.String(length=8), nullable=False),
        sa.Column("location", sa.String(length=512), nullable=True),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("recurrence", sa.String(length=16), nullable=True),
        sa.Column("first_year", sa.Integer(), nullable=True),
        sa.Column("base", sa.String(length=512), nullable=True),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("hidden_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("merged_into", sa.Integer(), nullable=True),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["merged_into"],
            ["event.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_end_date"), ["end_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_merge_key"), ["merge_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_merged_into"), ["merged_into"], unique=False)
        batch_op.create_index("ix_event_recurrence_type", ["recurrence", "type"], unique=False)
        batch_op.create_index("ix_event_start_end", ["start_date", "end_date"], unique=False)
        batch_op.create_index("ix_event_type_start", ["type", "start_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_uid"), ["uid"], unique=True)
        batch_op.create_index(batch_op.f("ix_event_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=128), nullable=False),
        sa.Column("event_uid", sa.String(length=128), nullable=False),
        sa.Column("occurrence", sa.Date(), nullable=False),
        sa.Column("lead_days", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("recipient", sa.String(length=320), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("claimed_by", sa.String(length=128), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("message_id", sa.String(length=256), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_due_at"), ["due_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_outbox_event_uid"), ["event_uid"], unique=False)
        batch_op.create_index(batch_op.f("ix_outbox_key"), ["key"], unique=True)
        batch_op.create_index(batch_op.f("ix_outbox_next_attempt_at"), ["next_attempt_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_outbox_recipient"), ["recipient"], unique=False)
        batch_op.create_index(batch_op.f("ix_outbox_state"), ["state"], unique=False)

    op.create_table(
        "schedulerlock",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("holder", sa.String(length=128), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "subscription",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("types", sa.String(length=256), nullable=False),
        sa.Column("leads", sa.String(length=128), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("hour", sa.Integer(), nullable=False),
        sa.Column("tz", sa.String(length=64), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("subscription", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_subscription_email"), ["email"], unique=True)
        batch_op.create_index(batch_op.f("ix_subscription_token"), ["token"], unique=True)

    op.create_table(
        "correction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author", sa.String(length=128), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("correction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_correction_event_id"), ["event_id"], unique=False)

    op.create_table(
        "eventsource",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("merge_key", sa.String(length=64), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("order_key", sa.String(length=2100), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=False),
        sa.Column("evidence_end", sa.Integer(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("extracted", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("event_id", "document_id", "evidence_start", name="uq_eventsource"),
    )
    with op.batch_alter_table("eventsource", schema=None) as batch_op:
        batch_op.create_index(
            "ix_eventsource_best",
            ["event_id", "rank", "order_key", "evidence_start", "document_id"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_eventsource_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_eventsource_merge_key"), ["merge_key"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("eventsource", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_eventsource_merge_key"))
        batch_op.drop_index(batch_op.f("ix_eventsource_document_id"))
        batch_op.drop_index("ix_eventsource_best")

    op.drop_table("eventsource")
    with op.batch_alter_table("correction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_correction_event_id"))

    op.drop_table("correction")
    with op.batch_alter_table("subscription", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_subscription_token"))
        batch_op.drop_index(batch_op.f("ix_subscription_email"))

    op.drop_table("subscription")
    op.drop_table("schedulerlock")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_state"))
        batch_op.drop_index(batch_op.f("ix_outbox_recipient"))
        batch_op.drop_index(batch_op.f("ix_outbox_next_attempt_at"))
        batch_op.drop_index(batch_op.f("ix_outbox_key"))
        batch_op.drop_index(batch_op.f("ix_outbox_event_uid"))
        batch_op.drop_index(batch_op.f("ix_outbox_due_at"))

    op.drop_table("outbox")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_updated_at"))
        batch_op.drop_index(batch_op.f("ix_event_uid"))
        batch_op.drop_index("ix_event_type_start")
        batch_op.drop_index("ix_event_start_end")
        batch_op.drop_index("ix_event_recurrence_type")
        batch_op.drop_index(batch_op.f("ix_event_merged_into"))
        batch_op.drop_index(batch_op.f("ix_event_merge_key"))
        batch_op.drop_index(batch_op.f("ix_event_end_date"))

    op.drop_table("event")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_source"))
        batch_op.drop_index(batch_op.f("ix_document_content_hash"))

    op.drop_table("document")
