"""sync: stock counts that pair by what each PC saw

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29

Placeholder committed first so parallel work keeps one linear chain (0007 sync stock counts,
0008 editor); filled by its owner only if it needs a schema change.
"""

from __future__ import annotations

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
