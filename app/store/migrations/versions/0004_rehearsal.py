"""rehearsal: runs of show, blocks, takes, markers

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28

Placeholder committed first so the rooms built in parallel keep one linear chain
(0003 editor, 0004 rehearsal, 0005 sync client, 0006 field fit); each room fills its own.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "show_plans",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("opening_text", sa.Text(), nullable=False),
        sa.Column("closing_text", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_show_plans")),
    )
    op.create_table(
        "show_blocks",
        sa.Column("plan_id", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("product_id", sa.String(length=32), nullable=True),
        sa.Column("product_name", sa.String(length=255), nullable=False),
        sa.Column("product_sku", sa.String(length=64), nullable=False),
        sa.Column("product_price", sa.Integer(), nullable=True),
        sa.Column("talking_points", sa.Text(), nullable=False),
        sa.Column("target_seconds", sa.Integer(), nullable=False),
        sa.Column("flash_sale_price", sa.Integer(), nullable=True),
        sa.Column("flash_sale_seconds", sa.Integer(), nullable=False),
        sa.Column("order_code", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        *_timestamps(),
        sa.CheckConstraint(
            "kind IN ('opening', 'product', 'closing')", name=op.f("ck_show_blocks_kind")
        ),
        sa.CheckConstraint("target_seconds >= 0", name=op.f("ck_show_blocks_target_not_negative")),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["show_plans.id"], name=op.f("fk_show_blocks_plan_id_show_plans")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_show_blocks")),
    )
    with op.batch_alter_table("show_blocks", schema=None) as batch_op:
        batch_op.create_index("ix_show_blocks_plan_id", ["plan_id"], unique=False)

    op.create_table(
        "rehearsal_takes",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("plan_id", sa.String(length=32), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("duration_s", sa.Float(), nullable=False),
        sa.Column("recording_sha256", sa.String(length=64), nullable=True),
        sa.Column("recording_path", sa.Text(), nullable=False),
        sa.Column("source_kind", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_timestamps(),
        sa.CheckConstraint(
            "source_kind IN ('camera', 'file', 'none')",
            name=op.f("ck_rehearsal_takes_source_kind"),
        ),
        sa.CheckConstraint(
            "status IN ('recording', 'done', 'interrupted')",
            name=op.f("ck_rehearsal_takes_status"),
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["show_plans.id"], name=op.f("fk_rehearsal_takes_plan_id_show_plans")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rehearsal_takes")),
    )
    with op.batch_alter_table("rehearsal_takes", schema=None) as batch_op:
        batch_op.create_index("ix_rehearsal_takes_plan_id", ["plan_id"], unique=False)

    op.create_table(
        "take_markers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("take_id", sa.String(length=32), nullable=False),
        sa.Column("at_s", sa.Float(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("block_id", sa.String(length=32), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('next', 'previous', 'answer', 'flash_sale', 'comment_shown', "
            "'comment_missed', 'stop', 'camera_lost')",
            name=op.f("ck_take_markers_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["take_id"],
            ["rehearsal_takes.id"],
            name=op.f("fk_take_markers_take_id_rehearsal_takes"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_take_markers")),
    )
    with op.batch_alter_table("take_markers", schema=None) as batch_op:
        batch_op.create_index("ix_take_markers_take_id", ["take_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("take_markers", schema=None) as batch_op:
        batch_op.drop_index("ix_take_markers_take_id")
    op.drop_table("take_markers")
    with op.batch_alter_table("rehearsal_takes", schema=None) as batch_op:
        batch_op.drop_index("ix_rehearsal_takes_plan_id")
    op.drop_table("rehearsal_takes")
    with op.batch_alter_table("show_blocks", schema=None) as batch_op:
        batch_op.drop_index("ix_show_blocks_plan_id")
    op.drop_table("show_blocks")
    op.drop_table("show_plans")
