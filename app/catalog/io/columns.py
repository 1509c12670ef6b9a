"""Which spreadsheet column holds which product field, from Vietnamese or English headers.

Headers are compared folded (no accents, any case), so ``Giá bán``, ``gia ban``
and ``GIÁ BÁN`` all mean the price. What is not recognised is left for the
mapping step in the import wizard.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP
from app.text import fold

# field → (Vietnamese label for the wizard, known headers, folded)
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "name": (
        QT_TRANSLATE_NOOP("catalog", "Tên sản phẩm"),
        ("ten san pham", "ten", "ten hang", "product name", "name", "title"),
    ),
    "sku": (
        QT_TRANSLATE_NOOP("catalog", "Mã SKU"),
        ("sku", "ma sku", "ma hang", "ma san pham", "ma sp", "variant sku"),
    ),
    "parent_sku": (
        QT_TRANSLATE_NOOP("catalog", "Mã sản phẩm cha"),
        ("ma san pham cha", "ma cha", "parent sku", "product code"),
    ),
    "price": (
        QT_TRANSLATE_NOOP("catalog", "Giá bán"),
        ("gia", "gia ban", "don gia", "price", "gia (d)", "gia (vnd)"),
    ),
    "sale_price": (
        QT_TRANSLATE_NOOP("catalog", "Giá khuyến mãi"),
        ("gia khuyen mai", "gia km", "gia giam", "sale price"),
    ),
    "stock": (
        QT_TRANSLATE_NOOP("catalog", "Tồn kho"),
        ("ton kho", "so luong", "ton", "stock", "quantity", "qty"),
    ),
    "description": (
        QT_TRANSLATE_NOOP("catalog", "Mô tả"),
        ("mo ta", "mo ta san pham", "description"),
    ),
    "category": (
        QT_TRANSLATE_NOOP("catalog", "Danh mục"),
        ("danh muc", "loai", "nhom", "category"),
    ),
    "status": (QT_TRANSLATE_NOOP("catalog", "Trạng thái"), ("trang thai", "status")),
    "tags": (QT_TRANSLATE_NOOP("catalog", "Nhãn"), ("nhan", "the", "tags", "tag")),
    "unit": (QT_TRANSLATE_NOOP("catalog", "Đơn vị"), ("don vi", "don vi tinh", "dvt", "unit")),
    "barcode": (QT_TRANSLATE_NOOP("catalog", "Mã vạch"), ("ma vach", "barcode", "ean", "gtin")),
    "option1_name": (
        QT_TRANSLATE_NOOP("catalog", "Tên lựa chọn 1"),
        ("ten lua chon 1", "ten phan loai 1", "option 1 name", "option1 name", "variation name 1"),
    ),
    "option1": (
        QT_TRANSLATE_NOOP("catalog", "Lựa chọn 1"),
        (
            "lua chon 1",
            "phan loai 1",
            "option 1",
            "option1",
            "option 1 value",
            "option for variation 1",
        ),
    ),
    "option2_name": (
        QT_TRANSLATE_NOOP("catalog", "Tên lựa chọn 2"),
        ("ten lua chon 2", "ten phan loai 2", "option 2 name", "option2 name", "variation name 2"),
    ),
    "option2": (
        QT_TRANSLATE_NOOP("catalog", "Lựa chọn 2"),
        (
            "lua chon 2",
            "phan loai 2",
            "option 2",
            "option2",
            "option 2 value",
            "option for variation 2",
        ),
    ),
    "weight_g": (
        QT_TRANSLATE_NOOP("catalog", "Cân nặng (g)"),
        ("can nang (g)", "can nang", "khoi luong (g)", "khoi luong", "weight (g)", "weight"),
    ),
    "length_cm": (
        QT_TRANSLATE_NOOP("catalog", "Dài (cm)"),
        ("dai (cm)", "chieu dai", "dai", "length (cm)", "length"),
    ),
    "width_cm": (
        QT_TRANSLATE_NOOP("catalog", "Rộng (cm)"),
        ("rong (cm)", "chieu rong", "rong", "width (cm)", "width"),
    ),
    "height_cm": (
        QT_TRANSLATE_NOOP("catalog", "Cao (cm)"),
        ("cao (cm)", "chieu cao", "cao", "height (cm)", "height"),
    ),
    "photos": (
        QT_TRANSLATE_NOOP("catalog", "Ảnh (tên tệp)"),
        (
            "anh",
            "hinh anh",
            "hinh",
            "image",
            "images",
            "photo",
            "photos",
            "anh san pham",
            "hinh anh san pham",
            "link anh",
            "tep anh",
            "hinh anh (url1,url2...)",
            # Shopee mass upload and TikTok Shop templates: one image per column
            "cover image",
            *(f"item image {n}" for n in range(1, 9)),
            "main product image",
            *(f"product image {n}" for n in range(2, 10)),
        ),
    ),
    "show_in_showcase": (
        QT_TRANSLATE_NOOP("catalog", "Hiện ở gian hàng xã"),
        ("hien o gian hang xa", "gian hang xa", "showcase", "show in showcase"),
    ),
}
REQUIRED = ("name", "price")
# Fields several columns may feed (marketplace sheets give each image its own column);
# their cells are joined, one per line.
MULTI_COLUMN = frozenset({"photos"})
# The order and headers our own export writes, so an export re-imports as is.
EXPORT_FIELDS = (
    "parent_sku", "name", "sku", "option1_name", "option1", "option2_name", "option2", "price",
    "sale_price", "stock", "barcode", "category", "status", "tags", "unit", "weight_g",
    "length_cm", "width_cm", "height_cm", "show_in_showcase", "description",
)  # fmt: skip

_LOOKUP = {alias: key for key, (_, aliases) in FIELDS.items() for alias in aliases}
# A column named after the option axis itself ("Kích thước", "Màu") holds option values;
# its header becomes the axis name.
AXIS_HEADERS = {
    "kich thuoc",
    "kich co",
    "size",
    "co",
    "mau",
    "mau sac",
    "color",
    "colour",
    "duong kinh",
    "chat lieu",
    "material",
    "kieu",
    "quai",
}


def label(field: str) -> str:
    return FIELDS[field][0]


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Column index → field for every header we recognise (first column wins a field)."""
    mapping: dict[int, str] = {}
    used: set[str] = set()
    for index, header in enumerate(headers):
        folded = fold(header).replace(":", "").strip()
        key = _LOOKUP.get(folded)
        if key is None and folded in AXIS_HEADERS:
            key = "option1" if "option1" not in used else "option2"
        if key is not None and (key not in used or key in MULTI_COLUMN):
            mapping[index] = key
            used.add(key)
    return mapping


def axis_names(headers: list[str], mapping: dict[int, str]) -> dict[str, str]:
    """{"option1_name": "Kích thước"} for option columns named after their axis."""
    names = {}
    for index, key in mapping.items():
        is_axis = (
            index < len(headers) and fold(headers[index]).replace(":", "").strip() in AXIS_HEADERS
        )
        if key in ("option1", "option2") and is_axis:
            names[f"{key}_name"] = headers[index].strip()
    return names


def missing_required(mapping: dict[int, str]) -> list[str]:
    present = set(mapping.values())
    return [field for field in REQUIRED if field not in present]
