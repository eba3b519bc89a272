"""A watched source's party: the side of the cooperation a press site speaks for (``source.party``), added to
the events of its releases that name no party of that side.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE source ADD COLUMN party VARCHAR(120)")  # NULL: the site speaks for no one side


def downgrade() -> None:
    op.execute("ALTER TABLE source DROP COLUMN party")
