"""sync: stock counts that pair by what each PC saw

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29

A stock count carries what it was made from (``stock_movements.count_info``), so every PC
pairs counts by which ones saw each other, not by the on-hand number they started from.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # What a stock count was made from (app.sync.stock_count); NULL for every other movement.
    with op.batch_alter_table("stock_movements") as batch:
        batch.add_column(sa.Column("count_info", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("stock_movements") as batch:
        batch.drop_column("count_info")
