"""Every model module, imported so ``Base.metadata`` knows all tables.

One module per aggregate; add new ones here so Alembic's autogenerate sees them.
``FTS_TABLES`` lists virtual/shadow tables that live outside ``Base.metadata``
(Alembic cannot describe them): the autogenerate comparison skips these names.
"""

from app.store.models.catalog_draft import ProductDraft
from app.store.models.catalog_media import MediaLink
from app.store.models.catalog_product import Category, Product, Variant
from app.store.models.catalog_search import FTS_TABLES
from app.store.models.catalog_stock import StockMovement
from app.store.models.editor_project import EditorProject
from app.store.models.local_state import LocalState
from app.store.models.rehearsal import RehearsalTake, ShowBlock, ShowPlan, TakeMarker
from app.store.models.sync_client import SyncConflict, SyncFieldStamp, SyncOutbox, SyncUploadedBlob

__all__ = [
    "FTS_TABLES",
    "Category",
    "EditorProject",
    "LocalState",
    "MediaLink",
    "Product",
    "ProductDraft",
    "RehearsalTake",
    "ShowBlock",
    "ShowPlan",
    "StockMovement",
    "SyncConflict",
    "SyncFieldStamp",
    "SyncOutbox",
    "SyncUploadedBlob",
    "TakeMarker",
    "Variant",
]
