"""Every model module, imported so ``Base.metadata`` knows all tables.

One module per aggregate; add new ones here so Alembic's autogenerate sees them.
"""

from app.store.models.local_state import LocalState

__all__ = ["LocalState"]
