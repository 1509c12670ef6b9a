"""Problems a user can cause in the rehearsal room, each with a plain Vietnamese message."""

from __future__ import annotations

from app.errors import UserFacingError
from app.i18n import QT_TRANSLATE_NOOP, Message

CTX = "rehearsal"


class RehearsalError(UserFacingError):
    pass


class PlanNotFound(RehearsalError):
    pass


class TakeNotFound(RehearsalError):
    pass


class ProductNotFound(RehearsalError):
    pass


class BadScript(RehearsalError):
    pass


class CameraFileMissing(RehearsalError):
    pass


def plan_not_found(plan_id: str) -> PlanNotFound:
    return PlanNotFound(
        Message(
            CTX,
            QT_TRANSLATE_NOOP(
                "rehearsal",
                "Không tìm thấy kịch bản livestream %1. Hãy xem danh sách bằng "
                "lệnh “rehearsal plan list”.",
            ),
            (plan_id,),
        ),
        plan_id,
    )


def take_not_found(take_id: str) -> TakeNotFound:
    return TakeNotFound(
        Message(
            CTX,
            QT_TRANSLATE_NOOP(
                "rehearsal",
                "Không tìm thấy buổi tập %1. Hãy kiểm tra lại mã buổi tập.",
            ),
            (take_id,),
        ),
        take_id,
    )


def product_not_found(reference: str) -> ProductNotFound:
    return ProductNotFound(
        Message(
            CTX,
            QT_TRANSLATE_NOOP(
                "rehearsal",
                "Không có sản phẩm nào có mã %1 trong cửa hàng. Hãy kiểm tra mã SKU.",
            ),
            (reference,),
        ),
        reference,
    )


def no_products() -> ProductNotFound:
    return ProductNotFound(
        Message(
            CTX,
            QT_TRANSLATE_NOOP(
                "rehearsal", "Hãy chọn ít nhất một sản phẩm cho kịch bản livestream."
            ),
        )
    )


def empty_name() -> RehearsalError:
    return RehearsalError(
        Message(CTX, QT_TRANSLATE_NOOP("rehearsal", "Hãy đặt tên cho kịch bản livestream."))
    )


def camera_file_missing(path: str) -> CameraFileMissing:
    return CameraFileMissing(
        Message(
            CTX,
            QT_TRANSLATE_NOOP(
                "rehearsal",
                "Không tìm thấy video %1 để dùng thay camera. Hãy chọn một tệp video có sẵn.",
            ),
            (path,),
        ),
        path,
    )


def bad_script(path: str, detail: str) -> BadScript:
    return BadScript(
        Message(
            CTX,
            QT_TRANSLATE_NOOP(
                "rehearsal",
                "Tệp kịch bản thao tác %1 không đúng dạng (%2). Cần một danh sách như "
                '[{"at": 8.0, "do": "next"}, {"at": 24, "do": "stop"}].',
            ),
            (path, detail),
        ),
        detail,
    )


def recording_stopped_disk_full(path: str) -> RehearsalError:
    return RehearsalError(
        Message(
            CTX,
            QT_TRANSLATE_NOOP(
                "rehearsal",
                "Ổ đĩa đã đầy nên việc ghi hình đã dừng. Phần đã ghi vẫn được giữ và xem "
                "lại được. Hãy xoá bớt tệp cũ trước buổi tập sau.",
            ),
        ),
        path,
    )


def camera_lost() -> RehearsalError:
    return RehearsalError(
        Message(
            CTX,
            QT_TRANSLATE_NOOP(
                "rehearsal",
                "Mất tín hiệu camera. Phần đã ghi vẫn được giữ; buổi tập vẫn chạy tiếp "
                "(kịch bản, đồng hồ và bình luận).",
            ),
        )
    )
