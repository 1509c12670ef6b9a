"""At start-up, when this PC keeps more than one shop, ask which one to open.

One call before the Studio is built: ``choose_profile(args)`` returns the ``Paths`` to open
(the remembered shop preselected), or ``None`` when the user closed the picker. A data dir
given on the command line or in LANGNGHE_DATA_DIR is opened as it is, without asking.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from app import profiles
from app.config import DATA_DIR_ENV, Paths, default_data_dir


class ProfilePicker(QDialog):
    def __init__(self, main_dir: Path, choice_file: Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.main_dir = main_dir
        self.choice_file = choice_file
        self.chosen: profiles.Profile | None = None
        self.setWindowTitle(self.tr("Chọn cửa hàng"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Máy này giữ dữ liệu của nhiều cửa hàng. Hãy chọn cửa hàng cần mở."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.itemDoubleClicked.connect(lambda _item: self._open())
        layout.addWidget(self.list, 1)
        new_row = QHBoxLayout()
        self.new_name = QLineEdit(self)
        self.new_name.setPlaceholderText(self.tr("Tên cửa hàng mới"))
        self.create_button = QPushButton(self.tr("Tạo hồ sơ mới"), self)
        self.create_button.clicked.connect(self._create)
        new_row.addWidget(self.new_name, 1)
        new_row.addWidget(self.create_button)
        layout.addLayout(new_row)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.quit_button = QPushButton(self.tr("Thoát"), self)
        self.quit_button.clicked.connect(self.reject)
        self.open_button = QPushButton(self.tr("Mở cửa hàng này"), self)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._open)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        self._fill()

    def _fill(self, select: profiles.Profile | None = None) -> None:
        found = profiles.list_profiles(self.main_dir)
        select = select or profiles.remembered(found, self.choice_file) or found[0]
        self.list.clear()
        for profile in found:
            item = QListWidgetItem(profile.name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, profile)
            item.setToolTip(str(profile.data_dir))
            if profile == select:
                self.list.setCurrentItem(item)

    def _create(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            self._say(self.tr("Hãy gõ tên cửa hàng mới rồi bấm “Tạo hồ sơ mới”."))
            return
        try:
            created = profiles.create_profile(self.main_dir, name)
        except profiles.ProfileNameTaken:
            self._say(
                self.tr("Đã có cửa hàng tên này. Hãy chọn nó trong danh sách hoặc đặt tên khác.")
            )
            return
        except OSError:
            self._say(
                self.tr(
                    "Không tạo được thư mục cho cửa hàng mới. Hãy kiểm tra ổ đĩa còn chỗ trống."
                )
            )
            return
        self.new_name.clear()
        self.problem.hide()
        self._fill(created)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _open(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        # Not remembering the choice is no reason to refuse opening the shop.
        with contextlib.suppress(OSError):
            profiles.remember(self.chosen, self.choice_file)
        self.accept()


def choose_profile(args) -> Paths | None:
    """The profile to open for this start of the GUI; ``None`` if the user quit the picker."""
    explicit = getattr(args, "data_dir", None) or os.environ.get(DATA_DIR_ENV)
    main_dir = default_data_dir()
    if explicit or args.paths.data_dir != main_dir:
        return args.paths
    if len(profiles.list_profiles(main_dir)) < 2:
        return args.paths
    picker = ProfilePicker(main_dir)
    if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen is None:
        return None
    return Paths(picker.chosen.data_dir)
