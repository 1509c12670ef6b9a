"""field fit: catalog chores (categories, photos from sheets, labels)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28

Placeholder committed first so the rooms built in parallel keep one linear chain
(0003 editor, 0004 rehearsal, 0005 sync client, 0006 field fit); each room fills its own.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a barcode scanner types a variant's code: find it by index, not by scanning every row
    op.create_index("ix_variants_barcode", "variants", ["barcode"])


def downgrade() -> None:
    op.drop_index("ix_variants_barcode", table_name="variants")
