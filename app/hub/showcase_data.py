"""Products that shops published to the commune showcase, read from the generic rows.

Field names relied on (table ``product``; see docs/sync-protocol.md): ``name``,
``price`` (whole đồng), ``category``, ``craft``, ``description``, ``main_photo``
(SHA-256 of a blob the shop uploaded), ``show_in_showcase`` (true to publish),
``_deleted`` (tombstone).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, aliased

from app.hub.blobs import valid_hash
from app.hub.models import BlobRef, Entry, Shop
from app.sync.protocol import DELETED_FIELD
from app.text import fold, format_vnd

PRODUCT_TABLE = "product"
SHOW_FIELD = "show_in_showcase"
MAX_ITEMS = 2000


@dataclass(frozen=True)
class ShowcaseItem:
    shop_id: str
    product_id: str
    name: str
    price: int | None
    price_text: str
    category: str
    craft: str
    description: str
    photo: str | None
    shop_name: str
    contact: str
    address: str

    def search_text(self) -> str:
        return fold(
            " ".join((self.name, self.category, self.craft, self.shop_name, self.description))
        )

    def as_json(self) -> dict:
        data = asdict(self)
        data["photo_url"] = f"/showcase/photos/{self.photo}" if self.photo else None
        return data


def _text(value, limit: int = 500) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _price(value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def load_items(session: Session) -> list[ShowcaseItem]:
    flag = aliased(Entry)
    published = and_(
        flag.shop_id == Entry.shop_id, flag.table_name == Entry.table_name, flag.row_id == Entry.row_id,
        flag.field == SHOW_FIELD, flag.value_json == "true",
    )  # fmt: skip
    rows = session.execute(
        select(Entry.shop_id, Entry.row_id, Entry.field, Entry.value_json)
        .join(flag, published)
        .where(Entry.table_name == PRODUCT_TABLE)
    )
    products: dict[tuple[str, str], dict] = {}
    for shop_id, row_id, field, value_json in rows:
        products.setdefault((shop_id, row_id), {})[field] = json.loads(value_json)
    shops = (
        {
            s.id: s
            for s in session.scalars(select(Shop).where(Shop.id.in_({k[0] for k in products})))
        }
        if products
        else {}
    )
    owned = _owned_photos(session, products)
    items = []
    for (shop_id, row_id), fields in products.items():
        if fields.get(DELETED_FIELD) is True or shop_id not in shops:
            continue
        shop = shops[shop_id]
        photo = fields.get("main_photo")
        price = _price(fields.get("price"))
        items.append(ShowcaseItem(
            shop_id=shop_id, product_id=row_id, name=_text(fields.get("name"), 200) or "(chưa đặt tên)",
            price=price, price_text=format_vnd(price) if price is not None else "Liên hệ",
            category=_text(fields.get("category"), 80), craft=_text(fields.get("craft"), 80) or shop.craft,
            description=_text(fields.get("description"), 1000),
            photo=photo if (shop_id, photo) in owned else None,
            shop_name=shop.display_name, contact=shop.contact, address=shop.address,
        ))  # fmt: skip
    items.sort(key=lambda item: (fold(item.shop_name), fold(item.name)))
    return items[:MAX_ITEMS]


def _owned_photos(session: Session, products: dict) -> set[tuple[str, str]]:
    wanted = {
        (k[0], f.get("main_photo"))
        for k, f in products.items()
        if isinstance(f.get("main_photo"), str)
    }
    wanted = {pair for pair in wanted if valid_hash(pair[1])}
    if not wanted:
        return set()
    refs = session.execute(
        select(BlobRef.shop_id, BlobRef.hash).where(BlobRef.hash.in_({h for _, h in wanted}))
    )
    return {pair for pair in refs if tuple(pair) in wanted}


def filter_items(
    items: list[ShowcaseItem], query: str = "", category: str = "", craft: str = ""
) -> list[ShowcaseItem]:
    words = fold(query).split()
    wanted_category, wanted_craft = fold(category), fold(craft)
    kept = []
    for item in items:
        if wanted_category and fold(item.category) != wanted_category:
            continue
        if wanted_craft and fold(item.craft) != wanted_craft:
            continue
        haystack = item.search_text()
        if all(word in haystack for word in words):
            kept.append(item)
    return kept


def published_photo(session: Session, digest: str) -> bool:
    """Only photos of published, not deleted products are public; any other blob stays private."""
    if not valid_hash(digest):
        return False
    flag, tomb = aliased(Entry), aliased(Entry)
    same_row = [
        flag.shop_id == Entry.shop_id, flag.table_name == Entry.table_name, flag.row_id == Entry.row_id,
    ]  # fmt: skip
    rows = session.execute(
        select(Entry.shop_id, tomb.value_json)
        .join(flag, and_(*same_row, flag.field == SHOW_FIELD, flag.value_json == "true"))
        .outerjoin(
            tomb,
            and_(
                tomb.shop_id == Entry.shop_id,
                tomb.table_name == Entry.table_name,
                tomb.row_id == Entry.row_id,
                tomb.field == DELETED_FIELD,
            ),
        )
        .join(BlobRef, and_(BlobRef.shop_id == Entry.shop_id, BlobRef.hash == digest))
        .where(
            Entry.table_name == PRODUCT_TABLE,
            Entry.field == "main_photo",
            Entry.value_json == json.dumps(digest),
        )
        .limit(50)
    )
    return any(deleted != "true" for _, deleted in rows)
