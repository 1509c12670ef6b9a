"""The four rooms of the app and how the shell finds each room's widget.

A room that has not been built yet shows an empty-state page saying what it
will do. A room module provides ``<Class>(context, parent)``; the shell never
reaches into it beyond that.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from app.i18n import QT_TRANSLATE_NOOP
from app.optional_modules import import_if_present
from app.ui.context import AppContext
from app.ui.shell.empty_room import EmptyRoom

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RoomSpec:
    key: str
    icon: str
    title: str  # Vietnamese source, translated in context "rooms"
    shortcut: str
    empty_title: str
    empty_body: str
    widget_path: str  # "module:Class"


ROOMS: tuple[RoomSpec, ...] = (
    RoomSpec(
        "catalog",
        "catalog",
        QT_TRANSLATE_NOOP("rooms", "Sản phẩm"),
        "Ctrl+1",
        QT_TRANSLATE_NOOP("rooms", "Danh mục sản phẩm của nhà mình"),
        QT_TRANSLATE_NOOP(
            "rooms",
            "Ghi lại từng sản phẩm: tên, kích thước, màu, giá bán, số hàng còn trong kho, "
            "ảnh và video. Tìm nhanh bằng cách gõ không dấu, nhập từ Excel và xuất ra "
            "mẫu đăng hàng loạt của Shopee, TikTok Shop.",
        ),
        "app.ui.catalog.room:CatalogRoom",
    ),
    RoomSpec(
        "editor",
        "editor",
        QT_TRANSLATE_NOOP("rooms", "Cắt video"),
        "Ctrl+2",
        QT_TRANSLATE_NOOP("rooms", "Cắt video sản phẩm"),
        QT_TRANSLATE_NOOP(
            "rooms",
            "Mở video quay bằng điện thoại, chọn đoạn hay, cắt giữ nguyên tiếng, thêm tên "
            "và giá, rồi xuất đúng khổ dọc 9:16 và đúng dung lượng cho Shopee, TikTok Shop, Reels.",
        ),
        "app.ui.editor.room:EditorRoom",
    ),
    RoomSpec(
        "rehearsal",
        "rehearsal",
        QT_TRANSLATE_NOOP("rooms", "Tập livestream"),
        "Ctrl+3",
        QT_TRANSLATE_NOOP("rooms", "Phòng tập livestream"),
        QT_TRANSLATE_NOOP(
            "rooms",
            "Tập một buổi bán hàng trực tiếp khi không có mạng: xem camera, đọc kịch bản "
            "chạy chữ, bấm giờ từng sản phẩm, trả lời câu hỏi tập, ghi hình lại để xem và "
            "cắt thành video cho từng sản phẩm.",
        ),
        "app.ui.rehearsal.room:RehearsalRoom",
    ),
    RoomSpec(
        "sync",
        "sync",
        QT_TRANSLATE_NOOP("rooms", "Đồng bộ"),
        "Ctrl+4",
        QT_TRANSLATE_NOOP("rooms", "Đồng bộ với máy chủ của xã"),
        QT_TRANSLATE_NOOP(
            "rooms",
            "Khi có mạng, gửi và nhận thay đổi với máy chủ (hub) của xã để các máy trong nhà "
            "dùng chung một danh mục. Không có mạng vẫn làm việc bình thường; không sửa đổi "
            "nào bị mất.",
        ),
        "app.ui.sync.room:SyncRoom",
    ),
)


def room_spec(key: str) -> RoomSpec:
    return next(spec for spec in ROOMS if spec.key == key)


def create_room(spec: RoomSpec, context: AppContext, parent: QWidget | None = None) -> QWidget:
    module_name, class_name = spec.widget_path.split(":")
    module = import_if_present(module_name)
    if module is None:
        return EmptyRoom(spec, parent)
    return getattr(module, class_name)(context, parent)
