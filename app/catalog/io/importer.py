"""Spreadsheet import: read, map columns, preview every row's problems, then write in one go.

Nothing is written until ``apply``; ``apply`` is one transaction, either with all
rows (refused while any row has a problem) or with the good rows only — the
user's choice. A SKU already in the catalog updates that product instead of
adding a copy, so importing the same file twice changes nothing the second time.

Photos named in the sheet (``app.catalog.io.sheet_photos``) are found and checked
in the preview; a bad one is a problem of its row. ``apply`` copies them into the
content-addressed media store as it goes, before the transaction commits: if the
import is cancelled or fails, the rows roll back and at most some photo files stay
in the store with no row pointing at them (named by their hash, never shown, and a
later import of the same photo reuses them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.orm import Session, sessionmaker

from app.catalog.io.columns import FIELDS, MULTI_COLUMN, axis_names, missing_required
from app.catalog.io.sheet_photos import resolve_photos
from app.catalog.io.tables import Table
from app.catalog.photos import import_photos
from app.catalog.product_data import ProductData, VariantData, validate
from app.catalog.products import ensure_category, load_product, save_product, taken_skus
from app.errors import UserFacingError
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.progress import CancelToken, ProgressFn, check, report
from app.store.base import utcnow
from app.store.engine import session_scope
from app.store.media import MediaStore
from app.store.models import StockMovement
from app.store.models.catalog_common import new_id
from app.text import fold, parse_vnd

CTX = "catalog"
_STATUS = {
    "active": "active", "dang ban": "active", "ban": "active", "con hang": "active",
    "draft": "draft", "nhap": "draft", "ban nhap": "draft",
    "archived": "archived", "ngung ban": "archived", "luu tru": "archived", "an": "archived",
}  # fmt: skip
_YES = {"co", "x", "yes", "y", "1", "true", "dung"}
_PRODUCT_LEVEL = (
    "name", "description", "status", "tags", "unit", "weight_g", "length_cm", "width_cm",
    "height_cm", "show_in_showcase", "option1_name", "option2_name",
)  # fmt: skip


@dataclass(frozen=True)
class RowIssue:
    row: int
    message: Message

    def render(self, translate=None) -> str:
        return f"{self.row}: {self.message.render(translate)}"


@dataclass
class PlannedProduct:
    data: ProductData
    rows: list[int] = field(default_factory=list)
    stock: dict[int, int] = field(default_factory=dict)  # variant index → wanted on-hand
    category: str = ""
    existing_id: str | None = None
    fields: set[str] = field(default_factory=set)  # columns the file has (others keep their value)
    photos: list[Path] = field(default_factory=list)  # checked photo files named in its rows


@dataclass
class ImportPreview:
    products: list[PlannedProduct]
    issues: list[RowIssue]
    total_rows: int
    notes: list[RowIssue] = field(default_factory=list)  # told to the user; the rows still import

    @property
    def photo_count(self) -> int:
        return sum(len(p.photos) for p in self.products)

    @property
    def bad_rows(self) -> set[int]:
        return {issue.row for issue in self.issues}

    @property
    def to_create(self) -> int:
        return sum(1 for p in self.products if p.existing_id is None)

    @property
    def to_update(self) -> int:
        return sum(1 for p in self.products if p.existing_id is not None)


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    skipped_rows: list[int] = field(default_factory=list)
    photos_added: int = 0


def _issue(row: int, text: str, *args: str) -> RowIssue:
    return RowIssue(row, Message(CTX, text, tuple(args)))


def _number(raw: str) -> float:
    value = float(raw.replace(" ", "").replace(",", "."))
    if value < 0:
        raise ValueError(raw)
    return value


def _parse_row(values: dict[str, str], row: int) -> tuple[dict, list[RowIssue]]:
    parsed: dict = {}
    issues: list[RowIssue] = []
    for key, raw in values.items():
        if key in ("price", "sale_price"):
            if not raw:
                if key == "price":
                    issues.append(_issue(row, QT_TRANSLATE_NOOP("catalog", "thiếu giá bán.")))
                continue
            try:
                parsed[key] = parse_vnd(raw)
            except ValueError:
                issues.append(
                    _issue(
                        row,
                        QT_TRANSLATE_NOOP(
                            "catalog",
                            "giá \u201c%1\u201d không đọc được; hãy ghi số không âm như 150000 hoặc 150k.",
                        ),
                        raw,
                    )
                )
        elif key in ("weight_g", "length_cm", "width_cm", "height_cm", "stock"):
            if not raw:
                continue
            try:
                number = _number(raw) if key != "stock" else float(raw.replace(" ", ""))
            except ValueError:
                issues.append(
                    _issue(
                        row,
                        QT_TRANSLATE_NOOP(
                            "catalog", "cột %1: \u201c%2\u201d không phải số hợp lệ."
                        ),
                        FIELDS[key][0],
                        raw,
                    )
                )
                continue
            parsed[key] = round(number) if key in ("weight_g", "stock") else number
        elif key == "status":
            if raw:
                status = _STATUS.get(fold(raw))
                if status is None:
                    issues.append(
                        _issue(
                            row,
                            QT_TRANSLATE_NOOP(
                                "catalog",
                                "trạng thái \u201c%1\u201d không rõ (dùng: đang bán, nháp, ngừng bán).",
                            ),
                            raw,
                        )
                    )
                else:
                    parsed[key] = status
        elif key == "show_in_showcase":
            parsed[key] = fold(raw) in _YES
        else:
            parsed[key] = raw
    if not values.get("name"):
        issues.append(_issue(row, QT_TRANSLATE_NOOP("catalog", "thiếu tên sản phẩm.")))
    return parsed, issues


def _group_key(parsed: dict, owner: str | None, name_keys: dict[str, str]) -> str:
    """Rows of one product: a SKU the catalog knows wins (two products may share a name),
    then the parent SKU column, then the name."""
    name = fold(parsed["name"])
    if owner:
        key = f"id:{owner}"
        name_keys.setdefault(name, key)
        return key
    parent = fold(parsed.get("parent_sku") or "")
    if parent:
        return f"parent:{parent}"
    return name_keys.setdefault(name, f"name:{name}")


def preview_import(
    session: Session,
    table: Table,
    mapping: dict[int, str],
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> ImportPreview:
    missing = missing_required(mapping)
    if missing:
        raise UserFacingError(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "catalog",
                    "Bảng tính thiếu cột bắt buộc: %1. Hãy chọn cột tương ứng ở bước ghép cột.",
                ),
                (", ".join(FIELDS[key][0] for key in missing),),
            )
        )
    existing = taken_skus(session)
    issues: list[RowIssue] = []
    notes: list[RowIssue] = []
    groups: dict[str, PlannedProduct] = {}
    first_row_of_sku: dict[str, int] = {}
    name_keys: dict[str, str] = {}  # folded name → group, so a product's rows stay together
    mapped = set(mapping.values())
    axes = {k: v for k, v in axis_names(table.headers, mapping).items() if k not in mapped}
    mapped |= set(axes)
    numbers = table.row_numbers or list(range(2, len(table.rows) + 2))
    for position, (cells, row) in enumerate(zip(table.rows, numbers, strict=False)):
        if position % 500 == 0:
            check(cancel)
            report(progress, position / max(1, len(table.rows)), "")
        values: dict[str, str] = {}
        for index, key in mapping.items():
            cell = cells[index] if index < len(cells) else ""
            if key in MULTI_COLUMN and values.get(key):
                cell = f"{values[key]}\n{cell}"  # Shopee's Cover image, Item image 1, 2…
            values[key] = cell
        parsed, row_issues = _parse_row(values, row)
        photos = resolve_photos(parsed.pop("photos", ""), table.folder)
        row_issues.extend(RowIssue(row, problem) for problem in photos.problems)
        notes.extend(RowIssue(row, note) for note in photos.notes)
        sku = parsed.get("sku", "")
        if sku:
            if sku.upper() in first_row_of_sku:
                row_issues.append(
                    _issue(
                        row,
                        QT_TRANSLATE_NOOP("catalog", "mã SKU %1 trùng với dòng %2."),
                        sku,
                        str(first_row_of_sku[sku.upper()]),
                    )
                )
            else:
                first_row_of_sku[sku.upper()] = row
        if row_issues:
            issues.extend(row_issues)
            continue
        key = _group_key(parsed, existing.get(sku.upper()) if sku else None, name_keys)
        plan = groups.get(key)
        if plan is None:
            data = ProductData(
                **{"status": "active", **{k: parsed[k] for k in _PRODUCT_LEVEL if k in parsed}}
            )
            plan = groups[key] = PlannedProduct(
                data, category=parsed.get("category", ""), fields=mapped
            )
        plan.rows.append(row)
        plan.photos.extend(p for p in photos.paths if p not in plan.photos)
        variant = VariantData(
            sku=sku,
            price=parsed["price"],
            sale_price=parsed.get("sale_price"),
            barcode=parsed.get("barcode", ""),
            option1=parsed.get("option1", ""),
            option2=parsed.get("option2", ""),
        )
        if sku and plan.existing_id is None:
            plan.existing_id = existing.get(sku.upper())
        if "stock" in parsed:
            plan.stock[len(plan.data.variants)] = parsed["stock"]
        plan.data.variants.append(variant)
    products: list[PlannedProduct] = []
    for plan in groups.values():
        for axis in ("option1", "option2"):
            if not any(getattr(v, axis) for v in plan.data.variants):
                setattr(plan.data, f"{axis}_name", "")  # an axis column left empty for this product
        problems = validate(plan.data)
        if problems:
            issues.extend(RowIssue(plan.rows[0], p.message) for p in problems)
            continue
        products.append(plan)
    issues.sort(key=lambda issue: issue.row)
    report(progress, 1.0, "")
    return ImportPreview(products, issues, len(table.rows), notes)


def _merge_into_existing(session: Session, plan: PlannedProduct) -> ProductData:
    """Fields the file has win; the rest, and variants the file does not mention, stay."""
    current = load_product(session, plan.existing_id) if plan.existing_id else None
    if current is None:
        return plan.data
    for name in _PRODUCT_LEVEL:
        if name in plan.fields:
            setattr(current, name, getattr(plan.data, name))
    by_sku = {v.sku.upper(): v for v in current.variants}
    for incoming in plan.data.variants:
        mine = by_sku.get(incoming.sku.upper()) if incoming.sku else None
        if mine is None:
            current.variants.append(incoming)
            continue
        mine.price = incoming.price
        for name in ("sale_price", "barcode", "option1", "option2"):
            if name in plan.fields:
                setattr(mine, name, getattr(incoming, name))
    plan.data.variants = [by_sku.get(v.sku.upper(), v) if v.sku else v for v in plan.data.variants]
    return current


def apply_import(
    sessions: sessionmaker[Session],
    preview: ImportPreview,
    *,
    skip_bad_rows: bool = False,
    store: MediaStore | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> ImportResult:
    """``store`` receives the photos the sheet names (required when it names any)."""
    if store is None and preview.photo_count:
        raise ValueError("apply_import: the sheet names photos; pass the media store")
    if preview.issues and not skip_bad_rows:
        raise UserFacingError(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "catalog",
                    "Bảng tính có %1 dòng lỗi nên chưa nhập gì. Hãy sửa các dòng đó, "
                    "hoặc chọn chỉ nhập các dòng đúng.",
                ),
                (str(len(preview.bad_rows)),),
            )
        )
    result = ImportResult(skipped_rows=sorted(preview.bad_rows))
    total = max(1, len(preview.products))
    with session_scope(sessions) as session:  # one transaction: cancel or error leaves no trace
        taken = taken_skus(session)
        movements: list[dict] = []
        categories: dict[str, str | None] = {}
        for index, plan in enumerate(preview.products):
            if index % 50 == 0:
                check(cancel)
                report(progress, index / total, "")
            data = _merge_into_existing(session, plan)
            if plan.category:
                if plan.category not in categories:
                    categories[plan.category] = ensure_category(session, plan.category)
                data.category_id = categories[plan.category]
            product_id = save_product(
                session, data, taken=taken, category_name=plan.category or None, flush=False
            )
            if plan.photos:
                assert store is not None
                result.photos_added += _import_sheet_photos(
                    session, store, product_id, plan, cancel
                )
            if index % 500 == 499:
                session.flush()  # batches of inserts; also keeps memory flat
            movements.extend(_stock_adjustments(session, plan, was_new=plan.existing_id is None))
            if plan.existing_id:
                result.updated += 1
            else:
                result.created += 1
        check(cancel)
        if movements:
            session.flush()  # the variants first: movements point at them
            session.execute(insert(StockMovement), movements)  # one executemany, no ORM objects
    report(progress, 1.0, "")
    return result


def _import_sheet_photos(
    session: Session,
    store: MediaStore,
    product_id: str,
    plan: PlannedProduct,
    cancel: CancelToken | None,
) -> int:
    outcome = import_photos(session, store, product_id, plan.photos, cancel=cancel)
    if outcome.problems:  # the file changed since the preview: stop, the transaction rolls back
        path, problem = outcome.problems[0]
        raise UserFacingError(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "catalog",
                    "Dòng %1: %2 Ảnh này đã thay đổi sau bước kiểm tra nên chưa nhập gì. "
                    "Hãy kiểm tra lại rồi nhập lại.",
                ),
                (str(plan.rows[0]), problem.render()),
            ),
            str(path),
        )
    return len(outcome.added)


def _stock_adjustments(session: Session, plan: PlannedProduct, *, was_new: bool) -> list[dict]:
    """The sheet says how many are on hand; the ledger gets the difference as an adjustment.
    For a product already here that is a stock count (app.sync.stock_count): the same sheet
    imported on two PCs must not take the difference off twice."""
    if not plan.stock:
        return []
    wanted = {
        plan.data.variants[i].id: qty for i, qty in plan.stock.items() if plan.data.variants[i].id
    }
    if not was_new:
        return _stock_counts(session, wanted)
    current = dict.fromkeys(wanted, 0)
    now = utcnow()
    return [
        {
            "id": new_id(),
            "variant_id": variant_id,
            "kind": "adjusted",
            "quantity": quantity - current.get(variant_id, 0),
            "note": "Nhập từ bảng tính",
            "happened_at": now,
            "created_at": now,
            "updated_at": now,
        }
        for variant_id, quantity in wanted.items()
        if quantity != current.get(variant_id, 0)
    ]


def _stock_counts(session: Session, wanted: dict[str, int]) -> list[dict]:
    from app.sync.stock_count import NOTE, count_values

    session.flush()  # the variants and earlier movements, for the count to see them
    connection, now = session.connection(), utcnow()
    rows = []
    for variant_id, quantity in wanted.items():
        values = count_values(connection, variant_id, quantity, "Nhập từ bảng tính — " + NOTE)
        if values is not None:
            rows.append({"id": new_id(), "variant_id": variant_id, "kind": "adjusted",
                         "happened_at": now, "created_at": now, "updated_at": now, **values})  # fmt: skip
    return rows
