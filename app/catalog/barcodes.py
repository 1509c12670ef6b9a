"""Which code a product's label carries, and its bar pattern (from python-barcode).

The symbologies themselves (Code 128 code sets, EAN-13 parity tables) come from
the ``python-barcode`` library: we only ask it for the module pattern
("1" = dark, "0" = light) and draw that. Choice of code:

- ``ean13``: the variant's barcode must be a valid EAN-13 (13 digits, right
  check digit); otherwise refused, naming the product.
- ``code128``: Code 128 of the SKU (always present, unique, typed by scanners).
- ``auto``: a valid EAN-13 barcode as EAN-13; another barcode (a shop's own
  code) as Code 128; none, or an EAN-13 with a wrong check digit, falls back to
  Code 128 of the SKU, with a note naming the product in the second case.
"""

from __future__ import annotations

from dataclasses import dataclass

from barcode import EAN13, Code128
from barcode.errors import BarcodeError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import UserFacingError
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.store.models import Product, Variant

CTX = "catalog"
SYMBOLOGIES = ("auto", "ean13", "code128")


@dataclass(frozen=True)
class EncodedCode:
    symbology: str  # "ean13" | "code128"
    text: str  # what a scanner types back, printed under the bars
    modules: str  # "1" dark, "0" light; quiet zones not included
    quiet_left: int  # light modules required on each side for a scanner to find the code
    quiet_right: int

    @property
    def total_modules(self) -> int:
        return self.quiet_left + len(self.modules) + self.quiet_right


class BadBarcode(UserFacingError):
    pass


def _message(text: str, *args: str) -> Message:
    return Message(CTX, text, args)


def ean13_is_valid(code: str) -> bool:
    """13 digits whose last is the check digit the library computes from the first 12."""
    if len(code) != 13 or not code.isdigit():
        return False
    return EAN13(code[:12]).get_fullcode() == code


def looks_like_ean13(code: str) -> bool:
    return len(code) == 13 and code.isdigit()


def encode_ean13(code: str) -> EncodedCode:
    symbol = EAN13(code[:12])  # the library adds the check digit (already verified equal)
    # GS1: 11 light modules left, 7 right
    return EncodedCode("ean13", symbol.get_fullcode(), "".join(symbol.build()), 11, 7)


def encode_code128(text: str, product_name: str = "") -> EncodedCode:
    try:
        symbol = Code128(text)
        modules = "".join(symbol.build())
    except (BarcodeError, ValueError, KeyError) as exc:
        raise BadBarcode(
            _message(
                QT_TRANSLATE_NOOP(
                    "catalog",
                    "\u201c%1\u201d: mã \u201c%2\u201d có ký tự không in được thành mã vạch "
                    "Code 128 (chỉ dùng chữ không dấu, số và dấu - . /). Hãy đổi mã SKU.",
                ),
                product_name or text,
                text,
            ),
            str(exc),
        ) from exc
    return EncodedCode("code128", text, modules, 10, 10)


def code_for(
    product_name: str, sku: str, barcode: str, mode: str = "auto"
) -> tuple[EncodedCode, Message | None]:
    """(the code to print, a note for the user or None); ``BadBarcode`` when it must refuse."""
    barcode = barcode.strip()
    if mode not in SYMBOLOGIES:
        raise ValueError(f"unknown symbology mode {mode!r}")
    if mode == "code128":
        return encode_code128(sku, product_name), None
    if ean13_is_valid(barcode):
        return encode_ean13(barcode), None
    if mode == "ean13":
        if not barcode:
            text = QT_TRANSLATE_NOOP(
                "catalog",
                "\u201c%1\u201d chưa có mã vạch EAN-13. Hãy nhập mã vạch cho sản phẩm, "
                "hoặc chọn in mã Code 128 theo SKU.",
            )
            raise BadBarcode(_message(text, product_name))
        raise BadBarcode(_message(_BAD_EAN_TEXT, product_name, barcode))
    if looks_like_ean13(barcode):  # a typing slip in a real EAN: print the SKU instead
        note = _message(
            QT_TRANSLATE_NOOP(
                "catalog",
                "\u201c%1\u201d: mã vạch %2 sai số kiểm tra (chữ số cuối) của EAN-13; "
                "tem in mã Code 128 của SKU %3. Hãy sửa mã vạch nếu muốn in EAN-13.",
            ),
            product_name,
            barcode,
            sku,
        )
        return encode_code128(sku, product_name), note
    if barcode:
        return encode_code128(
            barcode, product_name
        ), None  # the shop's own code, as its scanner knows it
    return encode_code128(sku, product_name), None


_BAD_EAN_TEXT = QT_TRANSLATE_NOOP(
    "catalog",
    "\u201c%1\u201d: mã vạch %2 không phải EAN-13 hợp lệ (cần 13 chữ số, chữ số cuối là số "
    "kiểm tra). Hãy sửa mã vạch, hoặc chọn \u201cTự chọn\u201d để in mã Code 128 của SKU.",
)


def product_for_code(session: Session, code: str) -> str | None:
    """The live product whose variant has this barcode or SKU (a scanner's exact match)."""
    code = code.strip()
    if not code:
        return None
    live = (Variant.deleted_at.is_(None), Product.deleted_at.is_(None))
    base = select(Variant.product_id).join(Product, Product.id == Variant.product_id).where(*live)
    for condition in (
        Variant.barcode == code,
        Variant.sku == code,
        func.upper(Variant.sku) == code.upper(),  # SKUs are typed in any case
    ):
        found = session.scalars(base.where(condition).limit(1)).first()
        if found is not None:
            return found
    return None
