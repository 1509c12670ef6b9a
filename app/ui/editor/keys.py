"""Every editor action with its keys, the way LosslessCut/Shotcut/Kdenlive users know them.

The room turns each row into a QAction (a button or menu entry shows its key) and the
``?`` overlay lists the same table, so keys, buttons and help never disagree.

The crop window of "Khung dọc: Cắt khung" is nudged with Alt+arrows, never with the bare
arrows: ←/→ always step a frame and ↑/↓ always go to a keyframe, wherever the focus is
(an editor where a click on the picture silently turns the frame-step keys into "move
the shape" is a known trap: Natron #1408; Olive nudges with Alt+←/→ too).
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP

_CROP = QT_TRANSLATE_NOOP("EditorKeys", "Dời khung cắt (khi chọn Cắt khung)")

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
    # Alt+arrows: the crop window; one row in the ``?`` overlay (same label)
    ("crop_left", ("Alt+Left",), _CROP),
    ("crop_right", ("Alt+Right",), _CROP),
    ("crop_up", ("Alt+Up",), _CROP),
    ("crop_down", ("Alt+Down",), _CROP),
    ("help", ("?",), QT_TRANSLATE_NOOP("EditorKeys", "Xem tất cả phím tắt")),
)


ARROWS = {"Left": "←", "Right": "→", "Up": "↑", "Down": "↓"}


def key_text(key: str) -> str:
    """A key as the overlay shows it: arrows as the arrow signs on the keycaps."""
    return "+".join(ARROWS.get(part, part) for part in key.split("+"))


def help_rows() -> list[tuple[list[str], str]]:
    """The ``?`` overlay's rows: (keys, untranslated label), rows sharing a label merged."""
    rows: list[tuple[list[str], str]] = []
    for _name, keys, label in KEYS:
        if rows and rows[-1][1] == label:
            rows[-1][0].extend(keys)
        else:
            rows.append((list(keys), label))
    return rows


def keys_text(keys: list[str]) -> str:
    """A row's keys: "← / ,"; keys sharing their modifiers read as one, "Alt+←/→/↑/↓"."""
    shown = [key_text(k) for k in keys]
    heads = {s.rpartition("+")[0] for s in shown}
    if len(shown) > 2 and len(heads) == 1 and heads != {""}:
        return f"{heads.pop()}+" + "/".join(s.rpartition("+")[2] for s in shown)
    return " / ".join(shown)
