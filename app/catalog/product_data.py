"""Plain values for one product as the editor, the importer and the CLI see it, and its rules.

``validate`` returns every problem at once, each tied to a field, so the editor
can show them inline and the importer can list them per row.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.i18n import QT_TRANSLATE_NOOP, Message
from app.store.models.catalog_product import PRODUCT_STATUSES

CTX = "catalog"
MAX_NAME_LENGTH = 255
MAX_SKU_LENGTH = 64  # the column; generated SKUs stay within TikTok's 50
MAX_PRICE = 10_000_000_000  # 10 tỷ đồng: anything above is a typing slip


@dataclass
class VariantData:
    sku: str = ""
    price: int = 0
    sale_price: int | None = None
    barcode: str = ""
    option1: str = ""
    option2: str = ""
    id: str | None = None


@dataclass
class ProductData:
    name: str = ""
    description: str = ""
    category_id: str | None = None
    status: str = "draft"
    tags: str = ""
    unit: str = "cái"
    weight_g: int | None = None
    length_cm: float | None = None
    width_cm: float | None = None
    height_cm: float | None = None
    show_in_showcase: bool = False
    option1_name: str = ""
    option2_name: str = ""
    variants: list[VariantData] = field(default_factory=list)
    id: str | None = None


@dataclass(frozen=True)
class FieldError:
    field: str  # "name", "weight_g", "variants[2].price" ...
    message: Message


def _error(field_name: str, text: str, *args: str) -> FieldError:
    return FieldError(field_name, Message(CTX, text, tuple(args)))


def validate(data: ProductData) -> list[FieldError]:
    errors: list[FieldError] = []
    if not data.name.strip():
        errors.append(_error("name", QT_TRANSLATE_NOOP("catalog", "Hãy nhập tên sản phẩm.")))
    elif len(data.name) > MAX_NAME_LENGTH:
        errors.append(
            _error(
                "name",
                QT_TRANSLATE_NOOP("catalog", "Tên dài quá %1 ký tự, hãy rút gọn."),
                str(MAX_NAME_LENGTH),
            )
        )
    if data.status not in PRODUCT_STATUSES:
        errors.append(_error("status", QT_TRANSLATE_NOOP("catalog", "Trạng thái không hợp lệ.")))
    for name in ("weight_g", "length_cm", "width_cm", "height_cm"):
        value = getattr(data, name)
        if value is not None and value < 0:
            errors.append(_error(name, QT_TRANSLATE_NOOP("catalog", "Số đo không được âm.")))
    if data.option2_name.strip() and not data.option1_name.strip():
        errors.append(
            _error(
                "option1_name",
                QT_TRANSLATE_NOOP("catalog", "Hãy đặt tên lựa chọn 1 trước lựa chọn 2."),
            )
        )
    seen: dict[str, int] = {}
    combos: set[tuple[str, str]] = set()
    for index, variant in enumerate(data.variants):
        where = f"variants[{index}]"
        if variant.price < 0 or variant.price > MAX_PRICE:
            errors.append(
                _error(
                    f"{where}.price", QT_TRANSLATE_NOOP("catalog", "Giá phải từ 0 đến 10 tỷ đồng.")
                )
            )
        if variant.sale_price is not None:
            if variant.sale_price < 0:
                errors.append(
                    _error(
                        f"{where}.sale_price",
                        QT_TRANSLATE_NOOP("catalog", "Giá khuyến mãi không được âm."),
                    )
                )
            elif variant.sale_price > variant.price:
                errors.append(
                    _error(
                        f"{where}.sale_price",
                        QT_TRANSLATE_NOOP("catalog", "Giá khuyến mãi phải thấp hơn giá bán."),
                    )
                )
        sku = variant.sku.strip()
        if len(sku) > MAX_SKU_LENGTH:
            errors.append(
                _error(
                    f"{where}.sku",
                    QT_TRANSLATE_NOOP("catalog", "Mã SKU dài quá %1 ký tự."),
                    str(MAX_SKU_LENGTH),
                )
            )
        if sku:
            if sku.upper() in seen:
                errors.append(
                    _error(
                        f"{where}.sku",
                        QT_TRANSLATE_NOOP("catalog", "Mã SKU %1 bị trùng với dòng %2."),
                        sku,
                        str(seen[sku.upper()] + 1),
                    )
                )
            seen.setdefault(sku.upper(), index)
        combo = (variant.option1.strip().lower(), variant.option2.strip().lower())
        if len(data.variants) > 1 and combo in combos:
            errors.append(
                _error(
                    f"{where}.option1",
                    QT_TRANSLATE_NOOP(
                        "catalog", "Hai phân loại giống hệt nhau; hãy đổi kích thước hoặc màu."
                    ),
                )
            )
        combos.add(combo)
    return errors
