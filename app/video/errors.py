"""What can go wrong with a seller's video, said so they know what to do next."""

from __future__ import annotations

from app.errors import UserFacingError
from app.i18n import QT_TRANSLATE_NOOP, Message

CTX = "video"


class VideoError(UserFacingError):
    """Any problem with an input video, a segment list or an export target."""


def _error(text: str, *args: str, detail: str = "") -> VideoError:
    return VideoError(Message(CTX, text, tuple(args)), detail)


def not_found(path: str) -> VideoError:
    return _error(QT_TRANSLATE_NOOP("video", "Không tìm thấy tệp %1."), path)


def empty_file(path: str) -> VideoError:
    return _error(
        QT_TRANSLATE_NOOP("video", "Tệp %1 trống (0 byte). Hãy chép lại video từ điện thoại."), path
    )


def not_a_video(path: str, detail: str = "") -> VideoError:
    return _error(
        QT_TRANSLATE_NOOP(
            "video",
            "Tệp %1 không phải video đọc được (hỏng, chép dở hoặc sai loại). "
            "Hãy chép lại video từ điện thoại rồi thử lại.",
        ),
        path,
        detail=detail,
    )


def no_video_stream(path: str) -> VideoError:
    return _error(
        QT_TRANSLATE_NOOP(
            "video", "Tệp %1 chỉ có âm thanh, không có hình. Hãy chọn một tệp video."
        ),
        path,
    )


def bad_time(text: str) -> VideoError:
    return _error(
        QT_TRANSLATE_NOOP(
            "video",
            'Không hiểu mốc thời gian "%1". Viết theo giây (12.5) hoặc phút:giây (1:05.250).',
        ),
        text,
    )


def bad_segment(text: str) -> VideoError:
    return _error(
        QT_TRANSLATE_NOOP(
            "video",
            'Đoạn cắt "%1" không hợp lệ. Viết BẮT_ĐẦU-KẾT_THÚC, ví dụ 3.5-12 hoặc 0:03-0:12.',
        ),
        text,
    )


def no_segments() -> VideoError:
    return _error(QT_TRANSLATE_NOOP("video", "Chưa chọn đoạn nào để cắt."))


def segment_out_of_range(start: str, end: str, duration: str) -> VideoError:
    return _error(
        QT_TRANSLATE_NOOP(
            "video", "Đoạn %1–%2 nằm ngoài video (video dài %3 giây). Hãy chọn lại mốc."
        ),
        start,
        end,
        duration,
    )


def segment_empty(start: str, end: str) -> VideoError:
    return _error(
        QT_TRANSLATE_NOOP(
            "video", "Đoạn %1–%2 có điểm kết thúc không sau điểm bắt đầu. Hãy chọn lại mốc."
        ),
        start,
        end,
    )


def segments_overlap(first: str, second: str) -> VideoError:
    return _error(
        QT_TRANSLATE_NOOP(
            "video",
            "Hai đoạn %1 và %2 chồng lên nhau. Hãy sắp các đoạn theo thứ tự, không trùng nhau.",
        ),
        first,
        second,
    )


def cannot_write(path: str, detail: str = "") -> VideoError:
    return _error(
        QT_TRANSLATE_NOOP(
            "video", "Không ghi được tệp %1. Hãy chọn thư mục khác mà bạn có quyền ghi."
        ),
        path,
        detail=detail,
    )


def same_as_source(path: str) -> VideoError:
    return _error(
        QT_TRANSLATE_NOOP(
            "video", "Tệp kết quả %1 trùng với video gốc. Hãy đặt tên khác để giữ video gốc."
        ),
        path,
    )


def unknown_preset(name: str, known: str) -> VideoError:
    return _error(
        QT_TRANSLATE_NOOP("video", 'Không có mẫu xuất "%1". Các mẫu có sẵn: %2.'), name, known
    )


def unknown_platform(name: str, known: str) -> VideoError:
    return _error(
        QT_TRANSLATE_NOOP("video", 'Không có nền tảng "%1". Các nền tảng có sẵn: %2.'), name, known
    )


def needs_reencode(what: str) -> VideoError:
    return _error(
        QT_TRANSLATE_NOOP(
            "video",
            "%1 cần mã hoá lại hình. Hãy chọn chế độ cắt chính xác (exact) hoặc thông minh (smart).",
        ),
        what,
    )


def platform_rules_broken(platform: str, problems: str) -> VideoError:
    return _error(QT_TRANSLATE_NOOP("video", "Video chưa hợp với %1: %2"), platform, problems)
