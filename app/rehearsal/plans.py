"""Runs of show: an opening block, product blocks in order, a closing block.

The UI and the CLI read a plan as plain dataclasses (``Plan``, ``Block``) and change it
through the functions here, each one short transaction on the caller's session.
A product block's script is prefilled from the product (name, variants, price,
description) under the four headings trainers teach; the block keeps a snapshot
of name/SKU/price so a product deleted later leaves a readable block.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.rehearsal import errors
from app.rehearsal.catalog_link import product_card, resolve_products
from app.rehearsal.plan_model import (
    CLOSING_TITLE,
    OPENING_TITLE,
    PRODUCT_GONE,
    Block,
    Plan,
    PlanSummary,
    ProductCard,
    TalkingPoint,
)
from app.rehearsal.script_prefill import (
    HEADINGS,
    default_closing,
    default_opening,
    order_code_for,
    order_examples,
    suggested_points,
)
from app.store.base import utcnow
from app.store.models import RehearsalTake, ShowBlock, ShowPlan
from app.text import clean

# Re-exported: the UI and the CLI import the plan's values from here.
__all__ = [
    "CLOSING_TITLE",
    "HEADINGS",
    "OPENING_TITLE",
    "PRODUCT_GONE",
    "Block",
    "Plan",
    "PlanSummary",
    "ProductCard",
    "TalkingPoint",
    "add_product_block",
    "create_plan",
    "delete_plan",
    "list_plans",
    "load_plan",
    "move_block",
    "order_examples",
    "product_card",
    "remove_block",
    "reorder_blocks",
    "resolve_products",
    "update_block",
    "update_plan",
]

DEFAULT_MINUTES_EACH = 3.0
OPENING_SECONDS = 60
CLOSING_SECONDS = 60
DEFAULT_FLASH_SALE_SECONDS = 60  # TikTok's flash-sale countdown runs 10–300 s


# ---- reading --------------------------------------------------------------------------


def list_plans(session: Session) -> list[PlanSummary]:
    """Live plans, most recently changed first."""
    plans = session.scalars(
        select(ShowPlan).where(ShowPlan.deleted_at.is_(None)).order_by(ShowPlan.updated_at.desc())
    ).all()
    blocks = session.execute(
        select(
            ShowBlock.plan_id,
            func.sum(ShowBlock.target_seconds),
            func.sum(case((ShowBlock.kind == "product", 1), else_=0)),
        )
        .where(ShowBlock.deleted_at.is_(None))
        .group_by(ShowBlock.plan_id)
    ).all()
    per_plan = {plan_id: (int(total or 0), int(count or 0)) for plan_id, total, count in blocks}
    takes = dict(
        session.execute(
            select(RehearsalTake.plan_id, func.count()).group_by(RehearsalTake.plan_id)
        ).all()
    )
    return [
        PlanSummary(
            id=p.id,
            name=p.name,
            product_count=per_plan.get(p.id, (0, 0))[1],
            total_target_seconds=per_plan.get(p.id, (0, 0))[0],
            take_count=int(takes.get(p.id, 0)),
            updated_at=p.updated_at,
        )
        for p in plans
    ]


def load_plan(session: Session, plan_id: str) -> Plan:
    """The plan with its live blocks in order; raises ``PlanNotFound``."""
    row = session.get(ShowPlan, plan_id)
    if row is None or row.deleted_at is not None:
        raise errors.plan_not_found(plan_id)
    plan = Plan(row.id, row.name, row.opening_text, row.closing_text, row.notes, [], row.updated_at)
    for block_row in _block_rows(session, plan_id):
        plan.blocks.append(block_from_row(session, block_row, plan))
    return plan


def _block_rows(session: Session, plan_id: str) -> list[ShowBlock]:
    return list(
        session.scalars(
            select(ShowBlock)
            .where(ShowBlock.plan_id == plan_id, ShowBlock.deleted_at.is_(None))
            .order_by(ShowBlock.position, ShowBlock.created_at)
        )
    )


def block_from_row(session: Session, row: ShowBlock, plan: Plan) -> Block:
    card = None
    if row.kind == "product":
        card = product_card(session, row.product_id) if row.product_id else None
        if card is None:
            card = ProductCard(
                product_id=row.product_id,
                name=row.product_name,
                sku=row.product_sku,
                price=row.product_price,
                regular_price=row.product_price,
                gone=True,
            )
    text = {"opening": plan.opening_text, "closing": plan.closing_text}.get(row.kind, "")
    return Block(
        id=row.id,
        plan_id=row.plan_id,
        position=row.position,
        kind=row.kind,
        product_id=row.product_id,
        talking_points=_points_from_json(row.talking_points),
        target_seconds=row.target_seconds,
        flash_sale_price=row.flash_sale_price,
        flash_sale_seconds=row.flash_sale_seconds,
        order_code=row.order_code,
        product=card,
        text=text,
    )


def _points_from_json(text: str) -> list[TalkingPoint]:
    try:
        items = json.loads(text or "[]")
    except ValueError:
        return []
    if not isinstance(items, list):
        return []
    return [
        TalkingPoint(str(item.get("heading", "")), str(item.get("text", "")))
        for item in items
        if isinstance(item, dict)
    ]


def _points_to_json(points: Sequence[TalkingPoint]) -> str:
    return json.dumps([{"heading": p.heading, "text": p.text} for p in points], ensure_ascii=False)


def create_plan(
    session: Session,
    name: str,
    products: Sequence[str],
    *,
    minutes_each: float = DEFAULT_MINUTES_EACH,
) -> str:
    """New plan: opening, one block per product (SKUs or ids) coded A1, A2…, closing."""
    name = clean(name)
    if not name:
        raise errors.empty_name()
    product_ids = resolve_products(session, products)
    if not product_ids:
        raise errors.no_products()
    plan = ShowPlan(name=name, notes="")
    session.add(plan)
    session.flush()
    names: list[str] = []
    target = max(10, round(minutes_each * 60))
    position = 0
    session.add(
        ShowBlock(
            plan_id=plan.id,
            position=position,
            kind="opening",
            target_seconds=OPENING_SECONDS,
            talking_points="[]",
        )
    )
    for number, product_id in enumerate(product_ids, start=1):
        position += 1
        row = _new_product_block(session, plan.id, product_id, position, number, target)
        names.append(row.product_name)
    session.add(
        ShowBlock(
            plan_id=plan.id,
            position=position + 1,
            kind="closing",
            target_seconds=CLOSING_SECONDS,
            talking_points="[]",
        )
    )
    plan.opening_text = default_opening(names)
    plan.closing_text = default_closing()
    session.flush()
    return plan.id


def _new_product_block(
    session: Session, plan_id: str, product_id: str, position: int, number: int, target: int
) -> ShowBlock:
    card = product_card(session, product_id)
    if card is None:
        raise errors.product_not_found(product_id)
    code = order_code_for(number)
    row = ShowBlock(
        plan_id=plan_id,
        position=position,
        kind="product",
        product_id=product_id,
        product_name=card.name,
        product_sku=card.sku,
        product_price=card.price,
        talking_points=_points_to_json(suggested_points(card, code)),
        target_seconds=target,
        flash_sale_price=None,
        flash_sale_seconds=DEFAULT_FLASH_SALE_SECONDS,
        order_code=code,
    )
    session.add(row)
    return row


def add_product_block(
    session: Session,
    plan_id: str,
    product: str,
    *,
    index: int | None = None,
    target_seconds: int | None = None,
) -> str:
    """Insert a product (SKU or id) at ``index`` among the plan's blocks (default: before
    the closing block); it gets the next free order code. Returns the block id."""
    load_plan(session, plan_id)  # raises when missing
    (product_id,) = resolve_products(session, [product])
    rows = _block_rows(session, plan_id)
    used = {r.order_code for r in rows if r.kind == "product"}
    number = 1
    while order_code_for(number) in used:
        number += 1
    products = [r for r in rows if r.kind == "product"]
    if target_seconds is None:
        target_seconds = (
            products[-1].target_seconds if products else round(DEFAULT_MINUTES_EACH * 60)
        )
    if index is None:
        index = next((i for i, r in enumerate(rows) if r.kind == "closing"), len(rows))
    index = max(0, min(index, len(rows)))
    if rows and rows[0].kind == "opening":
        index = max(index, 1)  # the opening stays first
    new = _new_product_block(session, plan_id, product_id, 0, number, target_seconds)
    session.flush()
    ordered = [*rows[:index], new, *rows[index:]]
    _renumber(ordered)
    _touch(session, plan_id)
    return new.id


def remove_block(session: Session, block_id: str) -> None:
    """Soft delete (a tombstone for sync); the remaining blocks close up."""
    row = session.get(ShowBlock, block_id)
    if row is None or row.deleted_at is not None:
        return
    now = utcnow()
    row.deleted_at = row.updated_at = now
    session.flush()
    _renumber(_block_rows(session, row.plan_id))
    _touch(session, row.plan_id)


def reorder_blocks(session: Session, plan_id: str, block_ids: Sequence[str]) -> None:
    """Put the plan's blocks in the given order (ids not listed keep their order, after)."""
    rows = _block_rows(session, plan_id)
    by_id = {r.id: r for r in rows}
    ordered = [by_id[i] for i in block_ids if i in by_id]
    ordered += [r for r in rows if r.id not in set(block_ids)]
    _renumber(ordered)
    _touch(session, plan_id)


def move_block(session: Session, block_id: str, new_index: int) -> None:
    """Move one block to ``new_index`` (as dragging a row in the list does)."""
    row = session.get(ShowBlock, block_id)
    if row is None:
        return
    rows = [r for r in _block_rows(session, row.plan_id) if r.id != block_id]
    new_index = max(0, min(new_index, len(rows)))
    rows.insert(new_index, row)
    _renumber(rows)
    _touch(session, row.plan_id)


_UNSET = object()


def update_block(
    session: Session,
    block_id: str,
    *,
    talking_points: Sequence[TalkingPoint] | None = None,
    target_seconds: int | None = None,
    flash_sale_price: int | object | None = _UNSET,
    flash_sale_seconds: int | None = None,
    order_code: str | None = None,
) -> None:
    """Change what is given; ``flash_sale_price=None`` removes the flash-sale price."""
    row = session.get(ShowBlock, block_id)
    if row is None or row.deleted_at is not None:
        return
    if talking_points is not None:
        row.talking_points = _points_to_json(talking_points)
    if target_seconds is not None:
        row.target_seconds = max(0, int(target_seconds))
    if flash_sale_price is not _UNSET:
        row.flash_sale_price = None if flash_sale_price is None else int(flash_sale_price)
    if flash_sale_seconds is not None:
        row.flash_sale_seconds = max(0, int(flash_sale_seconds))
    if order_code is not None:
        row.order_code = clean(order_code)
    _touch(session, row.plan_id)


def update_plan(
    session: Session,
    plan_id: str,
    *,
    name: str | None = None,
    opening_text: str | None = None,
    closing_text: str | None = None,
    notes: str | None = None,
) -> None:
    row = session.get(ShowPlan, plan_id)
    if row is None or row.deleted_at is not None:
        raise errors.plan_not_found(plan_id)
    if name is not None:
        if not clean(name):
            raise errors.empty_name()
        row.name = clean(name)
    if opening_text is not None:
        row.opening_text = opening_text
    if closing_text is not None:
        row.closing_text = closing_text
    if notes is not None:
        row.notes = notes


def delete_plan(session: Session, plan_id: str) -> None:
    """Soft delete the plan and its blocks; its takes stay (they are this PC's recordings)."""
    row = session.get(ShowPlan, plan_id)
    if row is None or row.deleted_at is not None:
        return
    now = utcnow()
    row.deleted_at = row.updated_at = now
    for block in _block_rows(session, plan_id):
        block.deleted_at = block.updated_at = now


def _renumber(rows: Sequence[ShowBlock]) -> None:
    for position, row in enumerate(rows):
        if row.position != position:
            row.position = position


def _touch(session: Session, plan_id: str) -> None:
    row = session.get(ShowPlan, plan_id)
    if row is not None:
        row.updated_at = utcnow()
    session.flush()
