"""``catalog edit|stock|count|photo|delete|show``: one-line catalog edits for scripts and the
sync tests. Each goes through the catalog's own use-case functions, so change capture sees it
exactly as it sees an edit made in the window."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from app.errors import UserFacingError
from app.i18n import QT_TRANSLATE_NOOP, Message


def add_parsers(commands) -> None:
    edit = commands.add_parser("edit", help="change a product's name, price, description, showcase")
    edit.add_argument("sku")
    edit.add_argument("--name")
    edit.add_argument("--price", type=int)
    edit.add_argument("--description")
    edit.add_argument("--showcase", choices=("yes", "no"))
    stock = commands.add_parser("stock", help="add a stock movement (e.g. -1 --reason sold)")
    stock.add_argument("sku")
    stock.add_argument("delta", type=int)
    stock.add_argument("--reason", choices=("sold", "received", "returned"))
    count = commands.add_parser("count", help="record a stock count: how many are on hand now")
    count.add_argument("sku")
    count.add_argument("on_hand", type=int)
    photo = commands.add_parser("photo", help="add photos to a product")
    photo.add_argument("sku")
    photo.add_argument("files", nargs="+", type=Path)
    remove = commands.add_parser("delete", help="delete a product (kept as a tombstone for sync)")
    remove.add_argument("sku")
    show = commands.add_parser("show", help="a product's name, price, stock and photos")
    show.add_argument("sku")
    show.add_argument("--json", action="store_true")


class UnknownSku(UserFacingError):
    def __init__(self, sku: str) -> None:
        super().__init__(Message("catalog", QT_TRANSLATE_NOOP(
            "catalog", "Không có sản phẩm nào mang mã SKU %1. Hãy kiểm tra lại mã."), (sku,)))  # fmt: skip


def _variant(session, sku: str):
    from app.store.models import Variant

    variant = session.scalars(
        select(Variant).where(Variant.sku == sku.strip(), Variant.deleted_at.is_(None))
    ).first()
    if variant is None:
        raise UnknownSku(sku)
    return variant


def _edit(args, db) -> int:
    from app.catalog.products import load_product, save_product
    from app.store.engine import session_scope

    with session_scope(db.sessions) as session:
        variant = _variant(session, args.sku)
        data = load_product(session, variant.product_id)
        if data is None:
            raise UnknownSku(args.sku)
        if args.name is not None:
            data.name = args.name
        if args.description is not None:
            data.description = args.description
        if args.showcase is not None:
            data.show_in_showcase = args.showcase == "yes"
        if args.price is not None:
            for item in data.variants:
                if item.id == variant.id:
                    item.price = args.price
        save_product(session, data)
    print(f"Đã sửa {args.sku}.")
    return 0


def _stock(args, db) -> int:
    from app.catalog.stock import add_movement
    from app.store.engine import session_scope

    kind = args.reason or ("received" if args.delta > 0 else "adjusted")
    with session_scope(db.sessions) as session:
        add_movement(session, _variant(session, args.sku).id, kind, args.delta)
    print(f"Đã ghi {args.delta:+d} cho {args.sku}.")
    return 0


def _count(args, db) -> int:
    from app.store.engine import session_scope
    from app.sync.stock_count import record_count

    with session_scope(db.sessions) as session:
        record_count(session, _variant(session, args.sku).id, args.on_hand)
    print(f"Đã ghi kiểm kho {args.sku}: còn {args.on_hand}.")
    return 0


def _photo(args, db) -> int:
    from app.catalog.photos import import_photos
    from app.store.engine import session_scope
    from app.store.media import MediaStore

    with session_scope(db.sessions) as session:
        report = import_photos(
            session, MediaStore(db.paths), _variant(session, args.sku).product_id, args.files
        )
    for path, problem in report.problems:
        print(f"  {path.name}: {problem.render()}")
    print(f"Đã thêm {len(report.added)} ảnh.")
    return 0 if not report.problems else 2


def _delete(args, db) -> int:
    from app.catalog.products import delete_product
    from app.store.engine import session_scope

    with session_scope(db.sessions) as session:
        delete_product(session, _variant(session, args.sku).product_id)
    print(f"Đã xoá {args.sku}.")
    return 0


def product_view(session, sku: str) -> dict:
    from app.catalog.photos import product_photos
    from app.catalog.stock import on_hand
    from app.store.models import Product, Variant

    variant = _variant(session, sku)
    product = session.get(Product, variant.product_id)
    if product is None or product.deleted_at is not None:
        raise UnknownSku(sku)
    siblings = session.scalars(
        select(Variant)
        .where(Variant.product_id == product.id, Variant.deleted_at.is_(None))
        .order_by(Variant.position, Variant.sku)
    ).all()
    stocks = on_hand(session, [item.id for item in siblings])
    stock = stocks.get(variant.id, 0)
    variants = [
        {"sku": item.sku, "option1": item.option1, "option2": item.option2,
         "price": item.price, "stock": stocks.get(item.id, 0)}
        for item in siblings
    ]  # fmt: skip
    return {
        "sku": variant.sku, "name": product.name, "price": variant.price,
        "description": product.description, "stock": stock, "negative_stock": stock < 0,
        "photos": [link.sha256 for link in product_photos(session, product.id)],
        "showcase": bool(product.show_in_showcase), "variants": variants,
    }  # fmt: skip


def _show(args, db) -> int:
    from app.store.engine import session_scope

    with session_scope(db.sessions) as session:
        view = product_view(session, args.sku)
    if args.json:
        print(json.dumps(view, ensure_ascii=False))
    else:
        for key, value in view.items():
            print(f"{key}: {value}")
    if view["negative_stock"] and not args.json:
        print("Cảnh báo: tồn kho âm — hai máy đã bán cùng món cuối. Hãy kiểm kho lại.")
    return 0


HANDLERS = {
    "edit": _edit,
    "stock": _stock,
    "count": _count,
    "photo": _photo,
    "delete": _delete,
    "show": _show,
}
