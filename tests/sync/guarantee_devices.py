"""Desktop profiles for the guarantee tests, driven in-process through the catalog's own
use-case functions and the sync client's public API (``SyncEngine``, ``account.sign_in``),
and snapshots of what a user would check: products, tombstones, stock, photos, conflicts.

A fresh profile is a copy of one migrated, empty database (migrating per example would cost
more than the example itself).
"""

from __future__ import annotations

import hashlib
import io
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image
from sqlalchemy import select, text

from app.catalog.photos import import_photos
from app.catalog.product_data import ProductData, VariantData
from app.catalog.products import delete_product, load_product, save_product
from app.catalog.stock import add_movement
from app.config import Paths
from app.store.engine import session_scope
from app.store.media import MediaStore
from app.store.migrate import open_database
from app.store.models import Product, Variant
from app.sync import account
from app.sync.engine import SyncEngine
from app.sync.stock_count import record_count

PASSWORD = "mat-khau-rat-dai"
TRACKED_FIELDS = ("name", "description", "price")
# Movements each PC derives on its own and never sends (app.sync.stock_count: one per counted
# variant, the difference between the counts' on-hand and the plain sum; the same on every PC).
DERIVED_LOCALLY = "cnt"


def make_template(folder: Path) -> Path:
    """One migrated, empty profile database to copy."""
    db = open_database(Paths(folder))
    db.close()
    return Paths(folder).db_path


@dataclass
class Device:
    data_dir: Path
    db: object = field(repr=False)

    @classmethod
    def from_template(cls, template: Path, data_dir: Path) -> Device:
        paths = Paths(data_dir)
        paths.ensure()
        shutil.copyfile(template, paths.db_path)
        return cls(data_dir, open_database(paths))

    def close(self) -> None:
        self.db.close()

    def sign_in(self, hub_url: str, login: str, name: str) -> dict:
        return account.sign_in(self.db, hub_url, login, PASSWORD, name)

    def sync(self, engine: SyncEngine | None = None):
        return (engine or SyncEngine(self.db)).sync_once()

    # -- edits, through the catalog's use cases --------------------------------------------
    def create_product(self, name: str, sku: str, price: int, description: str = "") -> str:
        with session_scope(self.db.sessions) as session:
            data = ProductData(name=name, description=description,
                               variants=[VariantData(sku=sku, price=price)])  # fmt: skip
            return save_product(session, data)

    def has_sku(self, sku: str) -> bool:
        with session_scope(self.db.sessions) as session:
            return session.scalar(select(Variant.id).where(Variant.sku == sku)) is not None

    def current(self, product_id: str, name: str):
        """The value this PC shows now (None when the product is deleted here)."""
        with session_scope(self.db.sessions) as session:
            data = load_product(session, product_id)
            if data is None:
                return None
            return data.variants[0].price if name == "price" else getattr(data, name)

    def edit(self, product_id: str, name: str, value) -> bool:
        with session_scope(self.db.sessions) as session:
            data = load_product(session, product_id)
            if data is None or not data.variants:
                return False
            if name == "price":
                data.variants[0].price = value
            else:
                setattr(data, name, value)
            save_product(session, data)
            return True

    def delete(self, product_id: str) -> None:
        with session_scope(self.db.sessions) as session:
            delete_product(session, product_id)

    def undelete(self, product_id: str) -> bool:
        """What "khôi phục" does: the tombstone is cleared on the product and its variants."""
        with session_scope(self.db.sessions) as session:
            product = session.get(Product, product_id)
            if product is None or product.deleted_at is None:
                return False
            product.deleted_at = None
            for variant in session.scalars(select(Variant).where(Variant.product_id == product_id)):
                variant.deleted_at = None
            return True

    def variant_of(self, product_id: str) -> str | None:
        with session_scope(self.db.sessions) as session:
            return session.scalar(select(Variant.id).where(Variant.product_id == product_id))

    def stock(self, product_id: str, delta: int) -> tuple[str, int] | None:
        variant = self.variant_of(product_id)
        if variant is None:
            return None
        with session_scope(self.db.sessions) as session:
            kind = "received" if delta > 0 else "sold"
            return add_movement(session, variant, kind, abs(delta)), delta

    def count(self, product_id: str, counted: int) -> tuple[str, int, set[str]] | None:
        """(movement id, quantity, ids of the movements this PC had when the person counted)."""
        variant = self.variant_of(product_id)
        if variant is None:
            return None
        with session_scope(self.db.sessions) as session:
            connection = session.connection()
            before = _on_hand(connection, variant)
            seen = set(connection.execute(text("SELECT id FROM stock_movements")).scalars())
            movement = record_count(session, variant, counted)
        return (movement, counted - before, seen) if movement else None

    def photo(self, product_id: str, seed: int, folder: Path) -> str | None:
        path = folder / f"anh-{seed}.jpg"
        buffer = io.BytesIO()
        Image.new("RGB", (16, 12), (seed % 256, (seed // 256) % 256, 77)).save(buffer, "JPEG")
        path.write_bytes(buffer.getvalue())
        with session_scope(self.db.sessions) as session:
            if load_product(session, product_id) is None:
                return None
            report = import_photos(session, MediaStore(self.db.paths), product_id, [path])
        assert not report.problems, report.problems
        return hashlib.sha256(path.read_bytes()).hexdigest()

    # -- what a user would check -----------------------------------------------------------
    def snapshot(self) -> dict:
        store = MediaStore(self.db.paths)
        with self.db.engine.connect() as c:
            rows = lambda sql: [tuple(r) for r in c.execute(text(sql))]  # noqa: E731
            snap = {
                "products": sorted(rows("SELECT id, name, description, deleted_at IS NOT NULL "
                                        "FROM products")),
                "variants": sorted(rows("SELECT id, product_id, sku, price, "
                                        "deleted_at IS NOT NULL FROM variants")),
                "movements": sorted(rows("SELECT id, variant_id, quantity FROM stock_movements")),
                "on_hand": dict(rows("SELECT variant_id, SUM(quantity) FROM stock_movements "
                                     "WHERE deleted_at IS NULL GROUP BY variant_id")),
                "photos": sorted(rows("SELECT id, product_id, sha256, deleted_at IS NOT NULL "
                                      "FROM media_links")),
                "conflicts": sorted(rows("SELECT hub_seq, table_name, row_id, field, "
                                         "winner_value_json, loser_value_json FROM sync_conflicts "
                                         "WHERE hub_seq IS NOT NULL")),
            }  # fmt: skip
        snap["blobs_here"] = sorted({sha for _i, _p, sha, _d in snap["photos"] if store.has(sha)})
        return snap

    def open_count_conflicts(self) -> set[str]:
        """Variants whose raced stock counts this PC asks the owner to settle."""
        from app.sync.engine import open_conflicts
        from app.sync.stock_count import COUNT_FIELD

        with session_scope(self.db.sessions) as session:
            return {c.row_id for c in open_conflicts(session) if c.field == COUNT_FIELD}

    def pending(self) -> int:
        with self.db.engine.connect() as c:
            return c.execute(text("SELECT COUNT(*) FROM sync_outbox")).scalar()

    def integrity(self) -> str:
        with self.db.engine.connect() as c:
            return c.execute(text("PRAGMA integrity_check")).scalar()


def _on_hand(connection, variant_id: str) -> int:
    return connection.execute(
        text("SELECT COALESCE(SUM(quantity), 0) FROM stock_movements "
             "WHERE variant_id = :v AND deleted_at IS NULL"), {"v": variant_id}
    ).scalar()  # fmt: skip


def hub_state(shop) -> dict:
    """The hub's current values as a pulling PC sees them (a direct sign-in, no proxy)."""
    return HubView(shop).update()


class HubView:
    """The hub's current values, pulled incrementally (later seqs override earlier ones)."""

    def __init__(self, shop) -> None:
        self.shop = shop
        self.cursor = 0
        self.state = {"fields": {}, "records": {}, "conflicts": []}

    def update(self) -> dict:
        changes, conflicts, self.cursor = self.shop.pull_all(self.cursor, limit=1000)
        for change in changes:
            if change["field"] == "*":
                self.state["records"][(change["table"], change["row_id"])] = change["value"]
            else:
                key = (change["table"], change["row_id"], change["field"])
                self.state["fields"][key] = change["value"]
        self.state["conflicts"] += conflicts
        return self.state


def matches_hub(snap: dict, hub: dict) -> list[str]:
    """Differences between one PC's snapshot and the hub's pulled state (empty: the same)."""
    wrong = []
    fields = hub["fields"]

    def check(what, key, local, default=None):
        remote = fields.get(key, default)
        if remote != local:
            wrong.append(f"{what} {key}: PC {local!r} ≠ hub {remote!r}")

    for pid, name, description, deleted in snap["products"]:
        check("product", ("product", pid, "name"), name)
        check("product", ("product", pid, "description"), description)
        check("product", ("product", pid, "_deleted"), bool(deleted), False)
    for vid, _pid, sku, price, deleted in snap["variants"]:
        check("variant", ("variant", vid, "price"), price)
        check("variant", ("variant", vid, "sku"), sku)
        check("variant", ("variant", vid, "_deleted"), bool(deleted), False)
    for lid, _pid, sha, _deleted in snap["photos"]:
        check("photo", ("media_link", lid, "sha256"), sha)
    local_only = [m for m in snap["movements"] if m[0].startswith(DERIVED_LOCALLY)]
    hub_moves = sorted(
        (row_id, body["variant_id"], body["quantity"])
        for (table, row_id), body in hub["records"].items()
        if table == "stock_movement"
    )
    if (
        hub_moves + local_only != snap["movements"]
        and sorted(hub_moves + local_only) != snap["movements"]
    ):
        wrong.append(f"stock movements: PC {snap['movements']} ≠ hub {hub_moves}")
    from app.sync.declarations import declarations

    kept = declarations().by_wire  # the showcase-only fields' conflicts are not listed on PCs
    hub_seqs = sorted(
        {
            c["seq"]
            for c in hub["conflicts"]
            if c["table"] in kept
            and (c["field"] == "_deleted" or c["field"] in kept[c["table"]].fields)
        }
    )
    if hub_seqs != [c[0] for c in snap["conflicts"]]:
        wrong.append(f"conflict records: PC {snap['conflicts']} ≠ hub seqs {hub_seqs}")
    return wrong
