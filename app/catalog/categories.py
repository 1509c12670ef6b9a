"""Tidy the category list: rename, merge one category into another, delete.

Each change returns a ``CategoryChange`` that says exactly what it did (which
products moved where), so the catalog room can undo it and redo it. Deletes are
soft (sync sends a tombstone); a deleted category's products move to
"Chưa phân loại", a real category, so they stay findable by filter and search.
The category name is part of every product's search text: each change
re-derives it for the products it touched.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.catalog.indexing import refresh_product
from app.catalog.sorting import sort_key
from app.errors import UserFacingError
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.store.base import utcnow
from app.store.models import Category, Product, Variant
from app.text import clean

CTX = "catalog"
# Stored as data (not translated): it is a category name like the seller's own.
UNCATEGORIZED = "Chưa phân loại"
MAX_NAME_LENGTH = 200


@dataclass(frozen=True)
class CategoryInfo:
    id: str
    name: str
    product_count: int


@dataclass(frozen=True)
class CategoryChange:
    """What one rename / merge / delete did: enough to undo and redo it."""

    kind: str  # "rename" | "merge" | "delete"
    category_id: str
    old_name: str
    new_name: str = ""
    target_id: str | None = None  # merge/delete: where the products went
    moved: tuple[str, ...] = ()  # product ids moved to the target
    children: tuple[str, ...] = ()  # sub-categories re-parented to the target
    target_created: bool = False  # delete created "Chưa phân loại" for this


def _error(text: str, *args: str) -> UserFacingError:
    return UserFacingError(Message(CTX, text, tuple(args)))


def _live(session: Session, category_id: str) -> Category:
    category = session.get(Category, category_id)
    if category is None or category.deleted_at is not None:
        raise _error(
            QT_TRANSLATE_NOOP(
                "catalog", "Danh mục này không còn nữa (có thể vừa bị xoá). Hãy mở lại danh sách."
            )
        )
    return category


def _find_by_name(session: Session, name: str) -> Category | None:
    return session.scalars(
        select(Category).where(
            func.lower(Category.name) == name.lower(), Category.deleted_at.is_(None)
        )
    ).first()


def category_overview(session: Session) -> list[CategoryInfo]:
    """Live categories with how many live products each holds, by name."""
    counts = dict(
        session.execute(
            select(Product.category_id, func.count())
            .where(Product.deleted_at.is_(None), Product.category_id.is_not(None))
            .group_by(Product.category_id)
        ).all()
    )
    rows = session.execute(
        select(Category.id, Category.name).where(Category.deleted_at.is_(None))
    ).all()
    infos = [CategoryInfo(row.id, row.name, counts.get(row.id, 0)) for row in rows]
    return sorted(infos, key=lambda info: sort_key(info.name))  # Vietnamese order: Đ after D


def _products_in(session: Session, category_id: str) -> list[Product]:
    return list(
        session.scalars(
            select(Product).where(Product.category_id == category_id, Product.deleted_at.is_(None))
        )
    )


def _reindex_batch(session: Session, product_ids) -> None:
    """Re-derive search text (which holds the category name) for many products in a few
    queries: products, variants and category names per batch, not per product."""
    ids = list(product_ids)
    for start in range(0, len(ids), 500):
        batch = ids[start : start + 500]
        products = session.scalars(select(Product).where(Product.id.in_(batch))).all()
        variants = defaultdict(list)
        for variant in session.scalars(
            select(Variant)
            .where(Variant.product_id.in_(batch), Variant.deleted_at.is_(None))
            .order_by(Variant.position)
        ):
            variants[variant.product_id].append(variant)
        category_ids = {p.category_id for p in products if p.category_id}
        names = dict(
            session.execute(
                select(Category.id, Category.name).where(Category.id.in_(category_ids))
            ).all()
        )
        for product in products:
            name = names.get(product.category_id, "") if product.category_id else ""
            refresh_product(session, product, variants[product.id], name)
    session.flush()


def _move(session: Session, product_ids, target_id: str | None) -> None:
    now = utcnow()
    ids = list(product_ids)
    for start in range(0, len(ids), 500):  # SQLite caps the number of bound parameters
        batch = ids[start : start + 500]
        for product in session.scalars(select(Product).where(Product.id.in_(batch))):
            product.category_id = target_id
            product.updated_at = now  # the move itself travels in sync
    session.flush()
    _reindex_batch(session, ids)  # search text carries the category name


def _reparent(session: Session, child_ids, parent_id: str | None) -> None:
    now = utcnow()
    for child in session.scalars(select(Category).where(Category.id.in_(list(child_ids)))):
        child.parent_id, child.updated_at = parent_id, now


def _children(session: Session, category_id: str) -> list[str]:
    return list(
        session.scalars(
            select(Category.id).where(
                Category.parent_id == category_id, Category.deleted_at.is_(None)
            )
        )
    )


def rename_category(session: Session, category_id: str, new_name: str) -> CategoryChange:
    category = _live(session, category_id)
    name = clean(new_name)
    if not name:
        raise _error(QT_TRANSLATE_NOOP("catalog", "Hãy nhập tên danh mục."))
    if len(name) > MAX_NAME_LENGTH:
        raise _error(
            QT_TRANSLATE_NOOP("catalog", "Tên danh mục dài quá %1 ký tự, hãy rút gọn."),
            str(MAX_NAME_LENGTH),
        )
    other = _find_by_name(session, name)
    if other is not None and other.id != category.id:
        raise _error(
            QT_TRANSLATE_NOOP(
                "catalog",
                "Đã có danh mục \u201c%1\u201d. Nếu muốn gộp hai danh mục, hãy dùng \u201cGộp vào\u201d.",
            ),
            other.name,
        )
    old = category.name
    category.name, category.updated_at = name, utcnow()
    session.flush()
    _reindex_batch(session, [p.id for p in _products_in(session, category.id)])
    return CategoryChange("rename", category.id, old, new_name=name)


def merge_category(session: Session, source_id: str, target_id: str) -> CategoryChange:
    """Every product of ``source`` goes to ``target``; ``source`` is deleted."""
    source, target = _live(session, source_id), _live(session, target_id)
    if source.id == target.id:
        raise _error(QT_TRANSLATE_NOOP("catalog", "Hãy chọn một danh mục khác để gộp vào."))
    moved = tuple(p.id for p in _products_in(session, source.id))
    children = tuple(c for c in _children(session, source.id) if c != target.id)
    _move(session, moved, target.id)
    _reparent(session, children, target.id)
    source.deleted_at = source.updated_at = utcnow()
    return CategoryChange(
        "merge", source.id, source.name, new_name=target.name, target_id=target.id,
        moved=moved, children=children,
    )  # fmt: skip


def delete_category(session: Session, category_id: str) -> CategoryChange:
    """Soft delete; its products move to "Chưa phân loại" (created when missing)."""
    category = _live(session, category_id)
    moved = tuple(p.id for p in _products_in(session, category.id))
    if category.name.casefold() == UNCATEGORIZED.casefold() and moved:
        raise _error(
            QT_TRANSLATE_NOOP(
                "catalog",
                "Danh mục \u201c%1\u201d giữ các sản phẩm chưa có danh mục nên không xoá được "
                "khi còn sản phẩm. Hãy chuyển các sản phẩm sang danh mục khác trước.",
            ),
            category.name,
        )
    target_id, created = None, False
    if moved:
        target = _find_by_name(session, UNCATEGORIZED)
        if target is None:
            target, created = Category(name=UNCATEGORIZED), True
            session.add(target)
            session.flush()
        target_id = target.id
    children = tuple(_children(session, category.id))
    _move(session, moved, target_id)
    _reparent(session, children, category.parent_id)
    category.deleted_at = category.updated_at = utcnow()
    return CategoryChange(
        "delete", category.id, category.name, target_id=target_id, moved=moved,
        children=children, target_created=created,
    )  # fmt: skip


def undo_change(session: Session, change: CategoryChange) -> None:
    """Put the catalog back as it was before ``change``."""
    category = session.get(Category, change.category_id)
    if category is None:
        return
    now = utcnow()
    if change.kind == "rename":
        category.name, category.updated_at = change.old_name, now
        session.flush()
        _reindex_batch(session, [p.id for p in _products_in(session, category.id)])
        return
    clash = _find_by_name(session, change.old_name)
    if clash is not None and clash.id != category.id:
        raise _error(
            QT_TRANSLATE_NOOP(
                "catalog",
                "Không hoàn tác được: đã có danh mục khác tên \u201c%1\u201d.",
            ),
            change.old_name,
        )
    category.deleted_at, category.updated_at = None, now
    session.flush()
    # only products still where the change put them go back (a later edit wins)
    moved = set(change.moved)
    in_target = (
        session.scalars(select(Product.id).where(Product.category_id == change.target_id))
        if change.target_id
        else []
    )
    still_there = [product_id for product_id in in_target if product_id in moved]
    _move(session, still_there, category.id)
    _reparent(session, change.children, category.id)
    if change.target_created and change.target_id:
        target = session.get(Category, change.target_id)
        if target is not None and not _products_in(session, target.id):
            target.deleted_at = target.updated_at = now


def redo_change(session: Session, change: CategoryChange) -> CategoryChange:
    """Apply ``change`` again (after an undo); returns the new record to undo later."""
    if change.kind == "rename":
        return rename_category(session, change.category_id, change.new_name)
    if change.kind == "merge":
        assert change.target_id is not None
        return merge_category(session, change.category_id, change.target_id)
    return delete_category(session, change.category_id)


def uncategorized_count(session: Session) -> int:
    """Live products with no category at all (older rows, imports without the column)."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(Product)
            .where(Product.deleted_at.is_(None), Product.category_id.is_(None))
        )
        or 0
    )
