"""sync client: outbox, per-field stamps, cursor, conflicts, blob queue

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28

Placeholder committed first so the rooms built in parallel keep one linear chain
(0003 editor, 0004 rehearsal, 0005 sync client, 0006 field fit); each room fills its own.
"""

from __future__ import annotations

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
