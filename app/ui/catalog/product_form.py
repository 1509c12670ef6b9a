"""The "Thông tin" page of the product editor: the product's own fields, each with an error line.

Only layout lives here; the editor owns values, undo and validation.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)  # fmt: skip

from app.i18n import QT_TRANSLATE_NOOP

_T = "ProductInfoForm"  # translation context of self.tr() in this class
STATUSES = (
    ("active", QT_TRANSLATE_NOOP("ProductInfoForm", "Đang bán")),
    ("draft", QT_TRANSLATE_NOOP("ProductInfoForm", "Nháp")),
    ("archived", QT_TRANSLATE_NOOP("ProductInfoForm", "Ngừng bán")),
)
DIMENSIONS = (
    ("length_cm", QT_TRANSLATE_NOOP("ProductInfoForm", "Dài")),
    ("width_cm", QT_TRANSLATE_NOOP("ProductInfoForm", "Rộng")),
    ("height_cm", QT_TRANSLATE_NOOP("ProductInfoForm", "Cao")),
)


class ProductInfoForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.errors: dict[str, QLabel] = {}
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("ví dụ: Màn tuyn chống muỗi 1m6×2m"))
        self.description = QPlainTextEdit(self)
        self.description.setMaximumHeight(110)
        self.category = QComboBox(self)
        self.category.setEditable(True)
        self.status = QComboBox(self)
        for key, text in STATUSES:
            self.status.addItem(self.tr(text), key)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("cách nhau bằng dấu phẩy"))
        self.unit = QLineEdit(self)
        self.weight_g = QSpinBox(self)
        self.weight_g.setRange(0, 1_000_000)
        self.weight_g.setSuffix(" g")
        self.weight_g.setSpecialValueText(self.tr("chưa có"))
        self.dims = {}
        dims_row = QHBoxLayout()
        for key, label in DIMENSIONS:
            box = QDoubleSpinBox(self)
            box.setRange(0, 10_000)
            box.setDecimals(1)
            box.setSuffix(" cm")
            box.setSpecialValueText(self.tr("—"))
            box.setToolTip(self.tr(label))
            self.dims[key] = box
            dims_row.addWidget(box)
        self.show_in_showcase = QCheckBox(self.tr("Hiện trên trang giới thiệu của xã"), self)
        self.option1_name = QLineEdit(self)
        self.option1_name.setPlaceholderText(self.tr("ví dụ: Kích thước"))
        self.option2_name = QLineEdit(self)
        self.option2_name.setPlaceholderText(self.tr("ví dụ: Màu"))
        rows = [
            ("name", self.tr("Tên sản phẩm"), self.name),
            ("description", self.tr("Mô tả"), self.description),
            ("category_id", self.tr("Danh mục"), self.category),
            ("status", self.tr("Trạng thái"), self.status),
            ("tags", self.tr("Nhãn"), self.tags),
            ("unit", self.tr("Đơn vị"), self.unit),
            ("weight_g", self.tr("Cân nặng"), self.weight_g),
            ("length_cm", self.tr("Dài × rộng × cao"), dims_row),
            ("show_in_showcase", "", self.show_in_showcase),
            ("option1_name", self.tr("Tên lựa chọn 1"), self.option1_name),
            ("option2_name", self.tr("Tên lựa chọn 2"), self.option2_name),
        ]
        for key, label, widget in rows:
            form.addRow(label, widget)
            error = QLabel(self)
            error.setObjectName("FieldError")
            error.setStyleSheet("color: #b03a2e;")
            error.setWordWrap(True)
            error.hide()
            form.addRow("", error)
            self.errors[key] = error
        self.errors["width_cm"] = self.errors["height_cm"] = self.errors["length_cm"]
