"""Every refusal the hub can answer with: an HTTP status, a stable code, a Vietnamese sentence.

Clients show ``message`` to the user as is; ``error`` is for code. Messages say
what happened and what to do, and never echo secrets back.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP


class HubProblem(Exception):
    def __init__(self, status: int, error: str, message: str, detail=None, headers=None) -> None:
        super().__init__(f"{status} {error}")
        self.status = status
        self.error = error
        self.message = message
        self.detail = detail
        self.headers = headers or {}


CTX = "hub"


def not_signed_in() -> HubProblem:
    return HubProblem(401, "not_signed_in", QT_TRANSLATE_NOOP(
        "hub", "Máy này chưa đăng nhập vào máy chủ, hoặc đã bị thu hồi quyền. Hãy đăng nhập lại bằng mật khẩu chủ cửa hàng."),
        headers={"WWW-Authenticate": "Bearer"})  # fmt: skip


def other_shop() -> HubProblem:
    return HubProblem(403, "other_shop", QT_TRANSLATE_NOOP(
        "hub", "Máy này chỉ được dùng dữ liệu của cửa hàng đã đăng nhập."))  # fmt: skip


def not_admin() -> HubProblem:
    return HubProblem(401, "not_admin", QT_TRANSLATE_NOOP(
        "hub", "Cần đăng nhập bằng tài khoản quản trị của xã."),
        headers={"WWW-Authenticate": "Bearer"})  # fmt: skip


def bad_password() -> HubProblem:
    return HubProblem(401, "bad_password", QT_TRANSLATE_NOOP(
        "hub", "Tên cửa hàng hoặc mật khẩu không đúng. Hãy kiểm tra lại (chú ý chữ hoa, chữ thường)."))  # fmt: skip


def too_many_attempts(retry_after_s: int) -> HubProblem:
    return HubProblem(429, "too_many_attempts", QT_TRANSLATE_NOOP(
        "hub", "Đăng nhập sai quá nhiều lần. Hãy đợi vài phút rồi thử lại."),
        detail={"retry_after_s": retry_after_s}, headers={"Retry-After": str(retry_after_s)})  # fmt: skip


def login_taken() -> HubProblem:
    return HubProblem(409, "login_taken", QT_TRANSLATE_NOOP(
        "hub", "Tên đăng nhập này đã có cửa hàng khác dùng. Hãy chọn tên khác."))  # fmt: skip


def not_found(what: str = "") -> HubProblem:
    return HubProblem(404, "not_found", QT_TRANSLATE_NOOP(
        "hub", "Không tìm thấy thứ được yêu cầu trên máy chủ."), detail=what or None)  # fmt: skip


def clock_ahead(ahead_ms: int) -> HubProblem:
    seconds = ahead_ms // 1000
    return HubProblem(422, "clock_ahead", QT_TRANSLATE_NOOP(
        "hub", "Đồng hồ của máy tính này đang chạy nhanh hơn máy chủ khoảng %1 giây. Hãy chỉnh lại "
        "ngày giờ của máy tính này (bật \"Đặt giờ tự động\") rồi đồng bộ lại. Chưa có thay đổi nào "
        "được gửi đi.").replace("%1", str(seconds)), detail={"ahead_ms": ahead_ms})  # fmt: skip


def wrong_device(stamp: str) -> HubProblem:
    return HubProblem(422, "wrong_device", QT_TRANSLATE_NOOP(
        "hub", "Thay đổi mang mã của máy khác. Hãy đăng nhập lại máy này rồi đồng bộ lại."),
        detail={"hlc": stamp})  # fmt: skip


def value_too_big(table: str, row_id: str) -> HubProblem:
    return HubProblem(413, "value_too_big", QT_TRANSLATE_NOOP(
        "hub", "Một giá trị quá lớn để đồng bộ. Ảnh và video được gửi riêng, không nằm trong dữ liệu."),
        detail={"table": table, "row_id": row_id})  # fmt: skip


def batch_too_big(limit: int) -> HubProblem:
    return HubProblem(413, "batch_too_big", QT_TRANSLATE_NOOP(
        "hub", "Gói dữ liệu quá lớn. Hãy gửi thành nhiều gói nhỏ hơn (tối đa %1 thay đổi mỗi gói)."
        ).replace("%1", str(limit)), detail={"max_changes": limit})  # fmt: skip


def body_too_big(limit: int) -> HubProblem:
    return HubProblem(413, "body_too_big", QT_TRANSLATE_NOOP(
        "hub", "Yêu cầu gửi lên quá lớn (tối đa %1 byte). Hãy chia nhỏ rồi gửi lại."
        ).replace("%1", str(limit)), detail={"max_bytes": limit})  # fmt: skip


def unsupported_protocol(version: str, supported: int) -> HubProblem:
    client_newer = version.isdigit() and int(version) > supported
    text = (QT_TRANSLATE_NOOP("hub", "Máy chủ của xã đang dùng phiên bản cũ hơn ứng dụng này. Hãy báo người "
                              "quản lý máy chủ cập nhật Làng Nghề Studio trên máy chủ.")
            if client_newer else
            QT_TRANSLATE_NOOP("hub", "Ứng dụng này đã cũ so với máy chủ. Hãy cập nhật Làng Nghề Studio lên "
                              "phiên bản mới nhất rồi đồng bộ lại. Dữ liệu trên máy vẫn an toàn."))  # fmt: skip
    return HubProblem(426, "unsupported_protocol", text,
                      detail={"client_protocol": version, "hub_protocol": supported},
                      headers={"Upgrade": f"langnghe-sync/{supported}"})  # fmt: skip


def bad_json() -> HubProblem:
    return HubProblem(400, "bad_json", QT_TRANSLATE_NOOP(
        "hub", "Dữ liệu gửi lên không phải JSON hợp lệ."))  # fmt: skip


def invalid(errors) -> HubProblem:
    return HubProblem(422, "invalid", QT_TRANSLATE_NOOP(
        "hub", "Dữ liệu gửi lên sai dạng. Hãy cập nhật ứng dụng; nếu vẫn lỗi, báo người quản lý máy chủ."),
        detail=errors)  # fmt: skip


def hash_mismatch() -> HubProblem:
    return HubProblem(422, "hash_mismatch", QT_TRANSLATE_NOOP(
        "hub", "Tệp gửi lên bị hỏng dọc đường (mã kiểm tra không khớp). Tệp chưa được lưu; hãy gửi lại."))  # fmt: skip


def wrong_offset(received: int) -> HubProblem:
    return HubProblem(409, "wrong_offset", QT_TRANSLATE_NOOP(
        "hub", "Phần tệp gửi lên không nối tiếp phần đã nhận. Hãy tiếp tục từ vị trí máy chủ báo."),
        detail={"received": received})  # fmt: skip


def bad_range(size: int) -> HubProblem:
    return HubProblem(416, "bad_range", QT_TRANSLATE_NOOP(
        "hub", "Đoạn tệp yêu cầu nằm ngoài kích thước tệp."),
        detail={"size": size}, headers={"Content-Range": f"bytes */{size}"})  # fmt: skip


def method_not_allowed(headers: dict) -> HubProblem:
    return HubProblem(405, "method_not_allowed", QT_TRANSLATE_NOOP(
        "hub", "Địa chỉ này không nhận kiểu yêu cầu đó."), headers=headers)  # fmt: skip
