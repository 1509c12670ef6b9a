"""What can go wrong while syncing, each as one plain Vietnamese sentence with what to do."""

from __future__ import annotations

from app.errors import UserFacingError
from app.i18n import QT_TRANSLATE_NOOP, Message

CTX = "sync"


def _message(text: str, *args: str) -> Message:
    return Message(CTX, text, args)


class SyncError(UserFacingError):
    """Base class; ``retry`` says whether trying again later may help on its own."""

    retry = False


class NotSignedIn(SyncError):
    def __init__(self) -> None:
        super().__init__(
            _message(
                QT_TRANSLATE_NOOP(
                    "sync",
                    "Máy này chưa đăng nhập cửa hàng nào. Hãy đăng nhập trong phòng Đồng bộ.",
                )
            )
        )


class SignInAgain(SyncError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            _message(
                QT_TRANSLATE_NOOP(
                    "sync", "Máy này đã bị đăng xuất khỏi cửa hàng. Hãy đăng nhập lại."
                )
            ),
            detail,
        )


class UpdateTheApp(SyncError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            _message(
                QT_TRANSLATE_NOOP(
                    "sync", "Máy chủ cần phiên bản ứng dụng mới hơn. Hãy cập nhật ứng dụng."
                )
            ),
            detail,
        )


class ClockAhead(SyncError):
    """The hub refused stamps from the future. ``fast_by_ms``: how fast this PC's clock runs
    now (measured against the hub's time), when known."""

    def __init__(self, detail: str = "", *, fast_by_ms: int | None = None) -> None:
        self.fast_by_ms = fast_by_ms
        super().__init__(_clock_message(fast_by_ms), detail)


def _clock_message(fast_by_ms: int | None) -> Message:
    if fast_by_ms is None:
        return _message(
            QT_TRANSLATE_NOOP(
                "sync",
                "Đồng hồ máy này đang chạy nhanh hơn máy chủ — hãy chỉnh lại ngày giờ của máy "
                "rồi bấm “Đồng bộ ngay”. Những gì đã sửa vẫn được giữ trên máy, chưa mất gì.",
            )
        )
    minutes = max(1, round(fast_by_ms / 60_000))
    if minutes < 90:
        text = QT_TRANSLATE_NOOP(
            "sync",
            "Đồng hồ máy này nhanh hơn máy chủ %1 phút — hãy chỉnh lại ngày giờ của máy rồi "
            "bấm “Đồng bộ ngay”. Những gì đã sửa vẫn được giữ trên máy, chưa mất gì.",
        )
        return _message(text, str(minutes))
    hours = round(minutes / 60)
    if hours < 48:
        text = QT_TRANSLATE_NOOP(
            "sync",
            "Đồng hồ máy này nhanh hơn máy chủ %1 giờ — hãy chỉnh lại ngày giờ của máy rồi "
            "bấm “Đồng bộ ngay”. Những gì đã sửa vẫn được giữ trên máy, chưa mất gì.",
        )
        return _message(text, str(hours))
    text = QT_TRANSLATE_NOOP(
        "sync",
        "Đồng hồ máy này nhanh hơn máy chủ %1 ngày — hãy chỉnh lại ngày giờ của máy rồi "
        "bấm “Đồng bộ ngay”. Những gì đã sửa vẫn được giữ trên máy, chưa mất gì.",
    )
    return _message(text, str(round(hours / 24)))


class HubUnreachable(SyncError):
    retry = True

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            _message(QT_TRANSLATE_NOOP("sync", "Chưa kết nối được máy chủ, sẽ thử lại.")), detail
        )


class WrongPassword(SyncError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            _message(
                QT_TRANSLATE_NOOP(
                    "sync", "Tên đăng nhập hoặc mật khẩu chưa đúng. Hãy kiểm tra và nhập lại."
                )
            ),
            detail,
        )


class HubRefused(SyncError):
    """Any other refusal: the hub's own Vietnamese sentence is shown as is."""

    def __init__(self, hub_message: str, detail: str = "") -> None:
        super().__init__(
            _message(QT_TRANSLATE_NOOP("sync", "Máy chủ từ chối: %1"), hub_message), detail
        )


class BlobNotOnHub(HubRefused):
    """404 for a blob: another PC has not finished uploading it yet (try on a later sync)."""


class WrongShop(HubRefused):
    """403: this PC's sign-in belongs to another shop than the data asked for."""

    def __init__(self, detail: str = "") -> None:
        SyncError.__init__(
            self,
            _message(
                QT_TRANSLATE_NOOP(
                    "sync",
                    "Máy này đang đăng nhập vào một cửa hàng khác. "
                    "Hãy đăng xuất rồi đăng nhập đúng cửa hàng.",
                )
            ),
            detail,
        )


class TooManyAttempts(HubUnreachable):
    """429: the hub asks to wait (too many wrong passwords or new shops from this place)."""

    def __init__(self, retry_after_s: int, detail: str = "") -> None:
        self.retry_after_s = retry_after_s
        minutes = str(max(1, -(-retry_after_s // 60)))
        SyncError.__init__(
            self,
            _message(
                QT_TRANSLATE_NOOP(
                    "sync",
                    "Đã thử quá nhiều lần. Hãy đợi khoảng %1 phút rồi thử lại.",
                ),
                minutes,
            ),
            detail,
        )
