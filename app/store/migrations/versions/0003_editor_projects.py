"""editor projects: segments, suggestions, text stickers, export settings

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28

One row per source video; segments/stickers/settings are JSON text (one sync field each).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "editor_projects",
        sa.Column("source_path", sa.String(length=1000), nullable=False),
        sa.Column("source_key", sa.String(length=64), nullable=False),
        sa.Column("source_size", sa.Integer(), nullable=False),
        sa.Column("source_mtime", sa.Float(), nullable=False),
        sa.Column("duration", sa.Float(), nullable=False),
        sa.Column("product_id", sa.String(length=32), nullable=True),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("segments", sa.Text(), nullable=False),
        sa.Column("stickers", sa.Text(), nullable=False),
        sa.Column("settings", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_editor_projects")),
    )
    op.create_index("ix_editor_projects_source_key", "editor_projects", ["source_key"])


def downgrade() -> None:
    op.drop_index("ix_editor_projects_source_key", table_name="editor_projects")
    op.drop_table("editor_projects")
