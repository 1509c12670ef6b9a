"""editor: more project settings

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29

Placeholder committed first so parallel work keeps one linear chain (0007 sync stock counts,
0008 editor); filled by its owner only if it needs a schema change.
"""

from __future__ import annotations

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
