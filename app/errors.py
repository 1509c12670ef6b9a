"""Known problems a user can meet, told apart from bugs.

Anything raised as ``UserFacingError`` (or recognised by ``classify``) is shown
as a plain sentence that says what happened and what to do. Everything else is
a bug: logged with its trace and shown in the error dialog.
"""

from __future__ import annotations

import errno
import sqlite3

from app.i18n import QT_TRANSLATE_NOOP, Message

CTX = "errors"


class UserFacingError(Exception):
    """An expected problem with a message the user can act on."""

    def __init__(self, message: Message, detail: str = "") -> None:
        super().__init__(message.render())
        self.message = message
        self.detail = detail


class DataDirNotWritable(UserFacingError):
    pass


class DiskFull(UserFacingError):
    pass


class DatabaseLocked(UserFacingError):
    pass


class DatabaseCorrupt(UserFacingError):
    pass


class DatabaseTooNew(UserFacingError):
    pass


class UnreadableFile(UserFacingError):
    pass


def disk_full(path: str = "") -> DiskFull:
    return DiskFull(
        Message(
            CTX,
            QT_TRANSLATE_NOOP(
                "errors",
                "Ổ đĩa đã đầy, không lưu được. Hãy xoá bớt tệp (ví dụ video cũ) "
                "rồi thử lại. Dữ liệu đã có vẫn an toàn.",
            ),
        ),
        path,
    )


def not_writable(path: str) -> DataDirNotWritable:
    return DataDirNotWritable(
        Message(
            CTX,
            QT_TRANSLATE_NOOP(
                "errors",
                "Không ghi được vào thư mục dữ liệu %1. Hãy chọn thư mục khác "
                "(tuỳ chọn --data-dir) hoặc nhờ người quản lý máy cấp quyền ghi.",
            ),
            (path,),
        ),
        path,
    )


def db_locked() -> DatabaseLocked:
    return DatabaseLocked(
        Message(
            CTX,
            QT_TRANSLATE_NOOP(
                "errors",
                "Cơ sở dữ liệu đang bận (có thể ứng dụng đang mở ở cửa sổ khác). "
                "Hãy đợi một chút rồi thử lại.",
            ),
        )
    )


def db_corrupt(path: str) -> DatabaseCorrupt:
    return DatabaseCorrupt(
        Message(
            CTX,
            QT_TRANSLATE_NOOP(
                "errors",
                "Tệp dữ liệu %1 bị hỏng. Tệp hỏng được giữ nguyên; bạn có thể mở "
                "bản sao lưu gần nhất.",
            ),
            (path,),
        ),
        path,
    )


def db_too_new(path: str) -> DatabaseTooNew:
    return DatabaseTooNew(
        Message(
            CTX,
            QT_TRANSLATE_NOOP(
                "errors",
                "Dữ liệu %1 được tạo bởi phiên bản mới hơn của Làng Nghề Studio. "
                "Hãy cài phiên bản mới nhất; dữ liệu không bị thay đổi.",
            ),
            (path,),
        ),
        path,
    )


def unreadable_file(path: str) -> UnreadableFile:
    return UnreadableFile(
        Message(
            CTX,
            QT_TRANSLATE_NOOP(
                "errors",
                "Không đọc được tệp %1. Hãy kiểm tra tệp còn nguyên và đúng loại, rồi thử lại.",
            ),
            (path,),
        ),
        path,
    )


def classify(exc: BaseException) -> UserFacingError | None:
    """Map environment errors to a user-facing one; ``None`` means a bug."""
    if isinstance(exc, UserFacingError):
        return exc
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return disk_full(str(exc.filename or ""))
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return not_writable(str(exc.filename or ""))
        if exc.errno in (errno.ENOENT, errno.EISDIR, errno.EIO):
            return unreadable_file(str(exc.filename or ""))
    text = str(exc).lower()
    original = getattr(exc, "orig", None)  # SQLAlchemy wraps the DB-API error
    if isinstance(exc, sqlite3.Error) or isinstance(original, sqlite3.Error):
        text = str(original or exc).lower()
        if "locked" in text or "busy" in text:
            return db_locked()
        if "disk is full" in text or "database or disk is full" in text:
            return disk_full()
        if "not a database" in text or "malformed" in text:
            return db_corrupt("")
        if "readonly" in text or "read-only" in text:
            return not_writable("")
    return None
