"""Every editor action with its keys, the way LosslessCut/Shotcut/Kdenlive users know them.

The room turns each row into a QAction (a button or menu entry shows its key) and the
``?`` overlay lists the same table, so keys, buttons and help never disagree.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP

# (action name, keys, label) — labels translated in context "EditorKeys"
KEYS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("play", ("Space",), QT_TRANSLATE_NOOP("EditorKeys", "Phát / dừng")),
    ("back", ("J",), QT_TRANSLATE_NOOP("EditorKeys", "Tua lùi (bấm lại: 2×, 4×)")),
    ("stop", ("K",), QT_TRANSLATE_NOOP("EditorKeys", "Dừng tua")),
    ("forward", ("L",), QT_TRANSLATE_NOOP("EditorKeys", "Tua tới (bấm lại: 2×, 4×)")),
    ("prev_frame", ("Left", ","), QT_TRANSLATE_NOOP("EditorKeys", "Lùi một khung hình")),
    ("next_frame", ("Right", "."), QT_TRANSLATE_NOOP("EditorKeys", "Tới một khung hình")),
    ("prev_second", ("Shift+Left",), QT_TRANSLATE_NOOP("EditorKeys", "Lùi một giây")),
    ("next_second", ("Shift+Right",), QT_TRANSLATE_NOOP("EditorKeys", "Tới một giây")),
    ("prev_key", ("Up",), QT_TRANSLATE_NOOP("EditorKeys", "Khung khoá trước")),
    ("next_key", ("Down",), QT_TRANSLATE_NOOP("EditorKeys", "Khung khoá sau")),
    ("home", ("Home",), QT_TRANSLATE_NOOP("EditorKeys", "Về đầu video")),
    ("end", ("End",), QT_TRANSLATE_NOOP("EditorKeys", "Tới cuối video")),
    ("mark_in", ("I",), QT_TRANSLATE_NOOP("EditorKeys", "Điểm đầu đoạn (I)")),
    ("mark_out", ("O",), QT_TRANSLATE_NOOP("EditorKeys", "Điểm cuối đoạn (O)")),
    ("split", ("S", "B"), QT_TRANSLATE_NOOP("EditorKeys", "Tách đoạn tại đây (S)")),
    ("delete", ("Delete",), QT_TRANSLATE_NOOP("EditorKeys", "Xoá đoạn (Delete)")),
    ("undo", ("Ctrl+Z",), QT_TRANSLATE_NOOP("EditorKeys", "Hoàn tác")),
    ("redo", ("Ctrl+Shift+Z", "Ctrl+Y"), QT_TRANSLATE_NOOP("EditorKeys", "Làm lại")),
    ("zoom_in", ("+", "="), QT_TRANSLATE_NOOP("EditorKeys", "Phóng to dòng thời gian")),
    ("zoom_out", ("-",), QT_TRANSLATE_NOOP("EditorKeys", "Thu nhỏ dòng thời gian")),
    ("help", ("?",), QT_TRANSLATE_NOOP("EditorKeys", "Xem tất cả phím tắt")),
)
