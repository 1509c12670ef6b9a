<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>DelayedProgressDialog</name>
    <message>
        <location filename="../../app/ui/widgets/delayed_progress.py" line="19"/>
        <source>Đang làm việc</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/delayed_progress.py" line="20"/>
        <source>Đang làm việc…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/delayed_progress.py" line="21"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EmptyRoom</name>
    <message>
        <location filename="../../app/ui/shell/empty_room.py" line="43"/>
        <source>Phần này đang được xây dựng và sẽ có trong bản cập nhật tới.</source>
        <translation>This part is being built and will arrive in a coming update.</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../app/ui/shell/navigation.py" line="43"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="14"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="22"/>
        <source>Ngôn ngữ:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="25"/>
        <source>ví dụ: http://192.168.1.10:8765 (hỏi cán bộ xã)</source>
        <translation>e.g. http://192.168.1.10:8765 (ask the commune officer)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="26"/>
        <source>Địa chỉ máy chủ của xã:</source>
        <translation>Commune hub address:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="28"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="29"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ShellStatusBar</name>
    <message>
        <location filename="../../app/ui/shell/status_bar.py" line="26"/>
        <source>Có mạng</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/status_bar.py" line="27"/>
        <source>Không có mạng — mọi việc vẫn làm được, sẽ đồng bộ khi có mạng</source>
        <translation>Offline — everything still works; it will sync when the network is back</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/status_bar.py" line="28"/>
        <source>Làm việc ngoại tuyến</source>
        <translation>Working offline</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/status_bar.py" line="34"/>
        <source>Đồng bộ: chưa kết nối với máy chủ của xã</source>
        <translation>Sync: not connected to the commune hub</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/status_bar.py" line="36"/>
        <source>Đồng bộ lần cuối: %1 — còn %2 thay đổi chờ gửi</source>
        <translation>Last sync: %1 — %2 changes waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/status_bar.py" line="40"/>
        <source>Đã đồng bộ lúc %1</source>
        <translation>Synced at %1</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/errors.py" line="52"/>
        <source>Ổ đĩa đã đầy, không lưu được. Hãy xoá bớt tệp (ví dụ video cũ) rồi thử lại. Dữ liệu đã có vẫn an toàn.</source>
        <translation>The disk is full, so nothing could be saved. Delete some files (old videos, for example) and try again. Your existing data is safe.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="59"/>
        <source>Không ghi được vào thư mục dữ liệu %1. Hãy chọn thư mục khác (tuỳ chọn --data-dir) hoặc nhờ người quản lý máy cấp quyền ghi.</source>
        <translation>Cannot write to the data folder %1. Choose another folder (option --data-dir) or ask whoever manages this PC for write access.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="66"/>
        <source>Cơ sở dữ liệu đang bận (có thể ứng dụng đang mở ở cửa sổ khác). Hãy đợi một chút rồi thử lại.</source>
        <translation>The database is busy (the app may be open in another window). Wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="73"/>
        <source>Tệp dữ liệu %1 bị hỏng. Tệp hỏng được giữ nguyên; bạn có thể mở bản sao lưu gần nhất.</source>
        <translation>The data file %1 is damaged. The damaged file is kept as it is; you can open the latest backup.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="80"/>
        <source>Dữ liệu %1 được tạo bởi phiên bản mới hơn của Làng Nghề Studio. Hãy cài phiên bản mới nhất; dữ liệu không bị thay đổi.</source>
        <translation>The data in %1 was made by a newer version of Làng Nghề Studio. Install the latest version; the data has not been changed.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="87"/>
        <source>Không đọc được tệp %1. Hãy kiểm tra tệp còn nguyên và đúng loại, rồi thử lại.</source>
        <translation>Cannot read the file %1. Check that the file is complete and of the right kind, then try again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialogs.py" line="25"/>
        <source>Có vấn đề</source>
        <translation>There is a problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialogs.py" line="31"/>
        <source>Lỗi không mong muốn</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialogs.py" line="32"/>
        <source>Ứng dụng gặp lỗi ngoài dự kiến. Dữ liệu đã lưu vẫn an toàn. Hãy chụp màn hình này gửi cho người hỗ trợ, rồi thử lại.</source>
        <translation>The app ran into an unexpected error. Your saved data is safe. Take a screenshot of this and send it to your helper, then try again.</translation>
    </message>
</context>
<context>
    <name>rooms</name>
    <message>
        <location filename="../../app/ui/shell/rooms.py" line="36"/>
        <source>Sản phẩm</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rooms.py" line="37"/>
        <source>Danh mục sản phẩm của nhà mình</source>
        <translation>Your shop&apos;s product catalog</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rooms.py" line="38"/>
        <source>Ghi lại từng sản phẩm: tên, kích thước, màu, giá bán, số hàng còn trong kho, ảnh và video. Tìm nhanh bằng cách gõ không dấu, nhập từ Excel và xuất ra mẫu đăng hàng loạt của Shopee, TikTok Shop.</source>
        <translation>Keep every product: name, size, colour, price, stock on hand, photos and videos. Find things fast by typing without accents, import from Excel and export Shopee and TikTok Shop bulk-upload files.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rooms.py" line="46"/>
        <source>Cắt video</source>
        <translation>Cut video</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rooms.py" line="47"/>
        <source>Cắt video sản phẩm</source>
        <translation>Cut product videos</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rooms.py" line="48"/>
        <source>Mở video quay bằng điện thoại, chọn đoạn hay, cắt giữ nguyên tiếng, thêm tên và giá, rồi xuất đúng khổ dọc 9:16 và đúng dung lượng cho Shopee, TikTok Shop, Reels.</source>
        <translation>Open a video from your phone, pick the good parts, cut them with the sound kept, add the name and price, and export in vertical 9:16 at the right size for Shopee, TikTok Shop and Reels.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rooms.py" line="55"/>
        <source>Tập livestream</source>
        <translation>Livestream practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rooms.py" line="56"/>
        <source>Phòng tập livestream</source>
        <translation>Livestream rehearsal room</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rooms.py" line="57"/>
        <source>Tập một buổi bán hàng trực tiếp khi không có mạng: xem camera, đọc kịch bản chạy chữ, bấm giờ từng sản phẩm, trả lời câu hỏi tập, ghi hình lại để xem và cắt thành video cho từng sản phẩm.</source>
        <translation>Practise a live sale with no network: camera preview, a scrolling script, a timer per product, practice viewer questions, and a recording to review and cut into one video per product.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rooms.py" line="65"/>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rooms.py" line="66"/>
        <source>Đồng bộ với máy chủ của xã</source>
        <translation>Sync with the commune hub</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rooms.py" line="67"/>
        <source>Khi có mạng, gửi và nhận thay đổi với máy chủ (hub) của xã để các máy trong nhà dùng chung một danh mục. Không có mạng vẫn làm việc bình thường; không sửa đổi nào bị mất.</source>
        <translation>When the network is there, send and receive changes with the commune hub so every PC in the household shares one catalog. Without a network everything still works; no edit is ever lost.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../app/ui/application.py" line="102"/>
        <source>Không có bản sao lưu nào. Hãy nhờ người hỗ trợ kiểm tra tệp dữ liệu.</source>
        <translation>There is no backup. Ask your helper to check the data file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="107"/>
        <source>Mở bản sao lưu gần nhất (%1)?</source>
        <translation>Open the latest backup (%1)?</translation>
    </message>
</context>
<context>
    <name>video</name>
    <message>
        <location filename="../../app/video/errors.py" line="20"/>
        <source>Không tìm thấy tệp %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="24"/>
        <source>Tệp %1 trống (0 byte). Hãy chép lại video từ điện thoại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="29"/>
        <source>Tệp %1 không phải video đọc được (hỏng, chép dở hoặc sai loại). Hãy chép lại video từ điện thoại rồi thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="36"/>
        <source>Tệp %1 chỉ có âm thanh, không có hình. Hãy chọn một tệp video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="41"/>
        <source>Không hiểu mốc thời gian &quot;%1&quot;. Viết theo giây (12.5) hoặc phút:giây (1:05.250).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="47"/>
        <source>Đoạn cắt &quot;%1&quot; không hợp lệ. Viết BẮT_ĐẦU-KẾT_THÚC, ví dụ 3.5-12 hoặc 0:03-0:12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="53"/>
        <source>Chưa chọn đoạn nào để cắt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="57"/>
        <source>Đoạn %1–%2 nằm ngoài video (video dài %3 giây). Hãy chọn lại mốc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="63"/>
        <source>Đoạn %1–%2 có điểm kết thúc không sau điểm bắt đầu. Hãy chọn lại mốc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="69"/>
        <source>Hai đoạn %1 và %2 chồng lên nhau. Hãy sắp các đoạn theo thứ tự, không trùng nhau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="75"/>
        <source>Không ghi được tệp %1. Hãy chọn thư mục khác mà bạn có quyền ghi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="81"/>
        <source>Tệp kết quả %1 trùng với video gốc. Hãy đặt tên khác để giữ video gốc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="86"/>
        <source>Không có mẫu xuất &quot;%1&quot;. Các mẫu có sẵn: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="91"/>
        <source>Không có nền tảng &quot;%1&quot;. Các nền tảng có sẵn: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="96"/>
        <source>%1 cần mã hoá lại hình. Hãy chọn chế độ cắt chính xác (exact) hoặc thông minh (smart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="103"/>
        <source>Video chưa hợp với %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
