"""sync client: outbox, per-field stamps, cursor, conflicts, blob queue

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28

Tables of ``app.store.models.sync_client``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=128), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=True),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("hlc", sa.String(length=100), nullable=False),
        sa.Column("seen_hlc", sa.String(length=100), nullable=True),
        sa.Column("batch_id", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_outbox")),
    )
    op.create_index("ix_sync_outbox_batch_id", "sync_outbox", ["batch_id"])
    op.create_table(
        "sync_field_stamps",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=128), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.String(length=100), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", "field", name=op.f("pk_sync_field_stamps")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("hub_seq", sa.Integer(), nullable=True),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=128), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("winner_value_json", sa.Text(), nullable=False),
        sa.Column("winner_hlc", sa.String(length=100), nullable=False),
        sa.Column("loser_value_json", sa.Text(), nullable=False),
        sa.Column("loser_hlc", sa.String(length=100), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
        sa.UniqueConstraint("hub_seq", name=op.f("uq_sync_conflicts_hub_seq")),
    )
    op.create_table(
        "sync_uploaded_blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_sync_uploaded_blobs")),
    )


def downgrade() -> None:
    for name in ("sync_uploaded_blobs", "sync_conflicts", "sync_field_stamps"):
        op.drop_table(name)
    op.drop_index("ix_sync_outbox_batch_id", table_name="sync_outbox")
    op.drop_table("sync_outbox")
