<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>BlockForm</name>
    <message>
        <location filename="../../app/ui/rehearsal/block_form.py" line="41"/>
        <source>Sản phẩm này đã bị xoá khỏi danh mục</source>
        <translation>This product has been deleted from the catalog</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/block_form.py" line="47"/>
        <source>phút</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/block_form.py" line="50"/>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/block_form.py" line="52"/>
        <source>giây</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/block_form.py" line="59"/>
        <source>Thời gian mục tiêu</source>
        <translation>Target time</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/block_form.py" line="60"/>
        <source>Giá flash sale</source>
        <translation>Flash sale price</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/block_form.py" line="61"/>
        <source>Đếm ngược flash sale</source>
        <translation>Flash sale countdown</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/block_form.py" line="62"/>
        <source>Mã đặt hàng</source>
        <translation>Order code</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/block_form.py" line="90"/>
        <source>Lời nói (chạy chữ khi tập)</source>
        <translation>What to say (scrolls while you practise)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/block_form.py" line="110"/>
        <source>Chọn một mục trong kịch bản</source>
        <translation>Choose a block in the run of show</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/block_form.py" line="117"/>
        <source>Giá bán: %1</source>
        <translation>Price: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/block_form.py" line="120"/>
        <source>Mở đầu</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/block_form.py" line="120"/>
        <source>Kết thúc</source>
        <translation>Closing</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <location filename="../../app/ui/rehearsal/preview.py" line="190"/>
        <source>Đặt: gõ %1</source>
        <translation>Order: type %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/preview.py" line="192"/>
        <source>Flash sale %1</source>
        <translation>Flash sale %1</translation>
    </message>
</context>
<context>
    <name>CatalogEmptyState</name>
    <message>
        <location filename="../../app/ui/catalog/empty_state.py" line="27"/>
        <source>Cửa hàng chưa có sản phẩm nào</source>
        <translation>Your shop has no products yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/empty_state.py" line="34"/>
        <source>Thêm từng sản phẩm, nhập cả danh sách từ tệp Excel, hoặc tạo một cửa hàng mẫu (màn tuyn, mây tre đan, nón lá, khảm trai) để tập dùng thử.</source>
        <translation>Add products one by one, import a whole list from an Excel file, or create a sample shop (mosquito nets, rattan, conical hats, mother-of-pearl inlay) to practise with.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/empty_state.py" line="43"/>
        <source>Thêm sản phẩm</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/empty_state.py" line="45"/>
        <source>Nhập từ Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/empty_state.py" line="46"/>
        <source>Tạo cửa hàng mẫu</source>
        <translation>Create sample shop</translation>
    </message>
</context>
<context>
    <name>CatalogRoom</name>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="58"/>
        <source>Tên A→Z</source>
        <translation>Name A→Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="59"/>
        <source>Tên Z→A</source>
        <translation>Name Z→A</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="60"/>
        <source>Giá thấp → cao</source>
        <translation>Price low → high</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="61"/>
        <source>Giá cao → thấp</source>
        <translation>Price high → low</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="62"/>
        <source>Mới sửa gần đây</source>
        <translation>Recently edited</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="65"/>
        <source>Mọi trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="66"/>
        <source>Đang bán</source>
        <translation>On sale</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="67"/>
        <source>Nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="68"/>
        <source>Ngừng bán</source>
        <translation>No longer sold</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="121"/>
        <source>Tìm sản phẩm (gõ không dấu cũng được)</source>
        <translation>Find products (accents optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="124"/>
        <source>Gõ có dấu hoặc không dấu, ví dụ “man tuyn” tìm “Màn tuyn”.</source>
        <translation>Type with or without accents, e.g. “man tuyn” finds “Màn tuyn”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="139"/>
        <source>Sắp hết hàng</source>
        <translation>Low stock</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="151"/>
        <source>Thêm sản phẩm</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="154"/>
        <source>Nhập từ Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="156"/>
        <source>Xuất ra Excel / Shopee / TikTok</source>
        <translation>Export to Excel / Shopee / TikTok</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="158"/>
        <source>Danh sách</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="159"/>
        <source>Lưới ảnh</source>
        <translation>Photo grid</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="242"/>
        <source>Mọi danh mục</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="272"/>
        <source>%1 sản phẩm</source>
        <translation>Products: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="353"/>
        <source>Đang tạo cửa hàng mẫu…</source>
        <translation>Creating the sample shop…</translation>
    </message>
</context>
<context>
    <name>CatalogTools</name>
    <message>
        <location filename="../../app/ui/catalog/room_tools.py" line="43"/>
        <source>In tem mã vạch</source>
        <translation>Print barcode labels</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room_tools.py" line="44"/>
        <source>In tem có tên, giá và mã vạch ra tờ A4 (PDF)</source>
        <translation>Print labels with name, price and barcode on A4 sheets (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room_tools.py" line="46"/>
        <source>Sửa danh mục</source>
        <translation>Edit categories</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room_tools.py" line="47"/>
        <source>Đổi tên, gộp hoặc xoá danh mục</source>
        <translation>Rename, merge or delete categories</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room_tools.py" line="101"/>
        <source>Không có sản phẩm nào có mã vạch hoặc SKU “%1”. Hãy nhập mã này vào ô Mã vạch của sản phẩm rồi quét lại.</source>
        <translation>No product has the barcode or SKU “%1”. Enter this code in the product&apos;s Barcode field, then scan again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room_tools.py" line="113"/>
        <source>Đã mở “%1” (mã %2).</source>
        <translation>Opened “%1” (code %2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room_tools.py" line="164"/>
        <source>Đổi tên “%1”…</source>
        <translation>Rename “%1”…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room_tools.py" line="168"/>
        <source>Gộp vào danh mục khác…</source>
        <translation>Merge into another category…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room_tools.py" line="171"/>
        <source>Xoá danh mục…</source>
        <translation>Delete category…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room_tools.py" line="174"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room_tools.py" line="175"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room_tools.py" line="179"/>
        <source>Quản lý danh mục…</source>
        <translation>Manage categories…</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <location filename="../../app/ui/catalog/category_dialog.py" line="100"/>
        <location filename="../../app/ui/catalog/category_dialog.py" line="119"/>
        <source>Đổi tên danh mục</source>
        <translation>Rename category</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/category_dialog.py" line="104"/>
        <location filename="../../app/ui/catalog/category_dialog.py" line="135"/>
        <source>Gộp danh mục</source>
        <translation>Merge categories</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/category_dialog.py" line="108"/>
        <location filename="../../app/ui/catalog/category_dialog.py" line="161"/>
        <source>Xoá danh mục</source>
        <translation>Delete category</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/category_dialog.py" line="120"/>
        <source>Tên mới cho “%1”:</source>
        <translation>New name for “%1”:</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/category_dialog.py" line="136"/>
        <source>Chuyển mọi sản phẩm của “%1” vào danh mục:</source>
        <translation>Move every product of “%1” into category:</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/category_dialog.py" line="151"/>
        <source>Xoá danh mục “%1”? %2 sản phẩm của nó sẽ chuyển sang “%3”. Có thể hoàn tác.</source>
        <translation>Delete category “%1”? Its %2 products will move to “%3”. This can be undone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/category_dialog.py" line="171"/>
        <source>Quản lý danh mục</source>
        <translation>Manage categories</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/category_dialog.py" line="178"/>
        <source>Đổi tên, gộp hai danh mục làm một, hoặc xoá danh mục (sản phẩm của nó chuyển sang “Chưa phân loại”). Mọi thay đổi đều hoàn tác được.</source>
        <translation>Rename, merge two categories into one, or delete a category (its products move to “Uncategorised”). Every change can be undone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/category_dialog.py" line="187"/>
        <source>Danh mục</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/category_dialog.py" line="187"/>
        <source>Số sản phẩm</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/category_dialog.py" line="200"/>
        <source>Đổi tên…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/category_dialog.py" line="202"/>
        <source>Gộp vào…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/category_dialog.py" line="204"/>
        <source>Xoá…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/category_dialog.py" line="206"/>
        <location filename="../../app/ui/catalog/category_dialog.py" line="234"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/category_dialog.py" line="208"/>
        <location filename="../../app/ui/catalog/category_dialog.py" line="238"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/category_dialog.py" line="228"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/category_dialog.py" line="274"/>
        <source>%1 sản phẩm chưa có danh mục nào.</source>
        <translation>%1 products have no category.</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../app/ui/rehearsal/comments_panel.py" line="29"/>
        <source>Bình luận tập</source>
        <translation>Practice comments</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/comments_panel.py" line="37"/>
        <source>Đã trả lời (Enter / A)</source>
        <translation>Answered (Enter / A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/comments_panel.py" line="58"/>
        <source>%1 câu/phút</source>
        <translation>%1 per minute</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/comments_panel.py" line="99"/>
        <source>Đã trả lời %1 · bỏ lỡ %2</source>
        <translation>Answered %1 · missed %2</translation>
    </message>
</context>
<context>
    <name>DelayedProgressDialog</name>
    <message>
        <location filename="../../app/ui/widgets/delayed_progress.py" line="24"/>
        <source>Đang làm việc</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/delayed_progress.py" line="25"/>
        <source>Đang làm việc…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/delayed_progress.py" line="26"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DevicesBar</name>
    <message>
        <location filename="../../app/ui/rehearsal/devices_bar.py" line="43"/>
        <source>Lật hình</source>
        <translation>Mirror</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/devices_bar.py" line="47"/>
        <source>Dùng video có sẵn…</source>
        <translation>Use a video file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/devices_bar.py" line="86"/>
        <source>Video: %1</source>
        <translation>Video: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/devices_bar.py" line="89"/>
        <source>Không dùng camera</source>
        <translation>No camera</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/devices_bar.py" line="91"/>
        <source>Tiếng của video</source>
        <translation>Sound of the video</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/devices_bar.py" line="94"/>
        <source>Không dùng micro</source>
        <translation>No microphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/devices_bar.py" line="106"/>
        <source>Chọn video dùng thay camera</source>
        <translation>Choose a video to use instead of the camera</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/devices_bar.py" line="108"/>
        <source>Video (%1)</source>
        <translation>Video (%1)</translation>
    </message>
</context>
<context>
    <name>EditorKeys</name>
    <message>
        <location filename="../../app/ui/editor/keys.py" line="16"/>
        <source>Dời khung cắt (khi chọn Cắt khung)</source>
        <translation>Move the crop window (when Crop is chosen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/keys.py" line="20"/>
        <source>Phát / dừng</source>
        <translation>Play / pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/keys.py" line="21"/>
        <source>Tua lùi (bấm lại: 2×, 4×)</source>
        <translation>Rewind (press again: 2×, 4×)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/keys.py" line="22"/>
        <source>Dừng tua</source>
        <translation>Stop shuttling</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/keys.py" line="23"/>
        <source>Tua tới (bấm lại: 2×, 4×)</source>
        <translation>Fast forward (press again: 2×, 4×)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/keys.py" line="24"/>
        <source>Lùi một khung hình</source>
        <translation>Back one frame</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/keys.py" line="25"/>
        <source>Tới một khung hình</source>
        <translation>Forward one frame</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/keys.py" line="26"/>
        <source>Lùi một giây</source>
        <translation>Back one second</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/keys.py" line="27"/>
        <source>Tới một giây</source>
        <translation>Forward one second</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/keys.py" line="28"/>
        <source>Khung khoá trước</source>
        <translation>Previous keyframe</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/keys.py" line="29"/>
        <source>Khung khoá sau</source>
        <translation>Next keyframe</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/keys.py" line="30"/>
        <source>Về đầu video</source>
        <translation>Go to the start</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/keys.py" line="31"/>
        <source>Tới cuối video</source>
        <translation>Go to the end</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/keys.py" line="32"/>
        <source>Điểm đầu đoạn (I)</source>
        <translation>Segment start (I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/keys.py" line="33"/>
        <source>Điểm cuối đoạn (O)</source>
        <translation>Segment end (O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/keys.py" line="34"/>
        <source>Tách đoạn tại đây (S)</source>
        <translation>Split the segment here (S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/keys.py" line="35"/>
        <source>Xoá đoạn (Delete)</source>
        <translation>Delete the segment (Delete)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/keys.py" line="36"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/keys.py" line="37"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/keys.py" line="38"/>
        <source>Phóng to dòng thời gian</source>
        <translation>Zoom the timeline in</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/keys.py" line="39"/>
        <source>Thu nhỏ dòng thời gian</source>
        <translation>Zoom the timeline out</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/keys.py" line="45"/>
        <source>Xem tất cả phím tắt</source>
        <translation>Show all keys</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="105"/>
        <source>◂ Lùi [←]</source>
        <translation>◂ Back [←]</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="106"/>
        <source>Phát [Space]</source>
        <translation>Play [Space]</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="107"/>
        <source>Tới ▸ [→]</source>
        <translation>Forward ▸ [→]</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="108"/>
        <source>Đầu [I]</source>
        <translation>Start [I]</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="109"/>
        <source>Cuối [O]</source>
        <translation>End [O]</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="110"/>
        <source>Tách [S]</source>
        <translation>Split [S]</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="111"/>
        <source>Xoá [Del]</source>
        <translation>Delete [Del]</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="112"/>
        <source>↶ [Ctrl+Z]</source>
        <translation>↶ [Ctrl+Z]</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="113"/>
        <source>↷ [Ctrl+Y]</source>
        <translation>↷ [Ctrl+Y]</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="133"/>
        <source>Đóng video</source>
        <translation>Close video</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="139"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="139"/>
        <source>Kết thúc</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="139"/>
        <source>Độ dài</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="147"/>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="149"/>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="161"/>
        <source>Nền tảng</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="165"/>
        <source>Chất lượng gốc</source>
        <translation>Original quality</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="170"/>
        <source>Tên trên video</source>
        <translation>Title on the video</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="174"/>
        <source>Giá (đồng)</source>
        <translation>Price (đồng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="180"/>
        <source>không ghi giá</source>
        <translation>no price</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="191"/>
        <source>Vùng an toàn 9:16</source>
        <translation>9:16 safe zone</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="195"/>
        <source>Phím tắt [?]</source>
        <translation>Keys [?]</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="198"/>
        <source>Xuất video…</source>
        <translation>Export video…</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="236"/>
        <source>Video này ngắn hơn lúc làm dự án: %1 đoạn nằm quá cuối video đã được cắt ngắn hoặc bỏ đi (Ctrl+Z không lấy lại được).</source>
        <translation>This video is shorter than when the project was made: %1 segment(s) past its end were shortened or removed (Ctrl+Z cannot bring them back).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="326"/>
        <source>Tổng: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="331"/>
        <source> (cho phép %1–%2 giây)</source>
        <translation> (allowed %1–%2 s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="337"/>
        <source>dài quá %1 giây</source>
        <translation>%1 s too long</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="342"/>
        <source>ngắn quá</source>
        <translation>too short</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="364"/>
        <source>Sửa chữ trên video</source>
        <translation>Edit text on the video</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="440"/>
        <source>Không đọc được khung hình này của video.</source>
        <translation>This frame of the video couldn&apos;t be read.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="445"/>
        <source>Không thấy tệp video nữa (đã xoá hoặc rút USB). Các đoạn đã chọn vẫn được giữ.</source>
        <translation>The video file is gone (deleted or USB unplugged). The chosen segments are kept.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="483"/>
        <source>khung %1</source>
        <translation>frame %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="591"/>
        <source>Điểm đầu đoạn</source>
        <translation>Segment start</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="595"/>
        <source>Điểm cuối đoạn</source>
        <translation>Segment end</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="599"/>
        <source>Tách đoạn</source>
        <translation>Split segment</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="605"/>
        <source>Xoá đoạn</source>
        <translation>Delete segment</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="646"/>
        <source>Kéo đầu đoạn</source>
        <translation>Drag segment edge</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="659"/>
        <source>Đổi thứ tự đoạn</source>
        <translation>Reorder segments</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/editor_page.py" line="694"/>
        <source>Phím tắt</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>EditorRoom</name>
    <message>
        <location filename="../../app/ui/editor/room.py" line="136"/>
        <source>Cắt video</source>
        <translation>Cut video</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/room.py" line="148"/>
        <source>Mở video</source>
        <translation>Open video</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/room.py" line="150"/>
        <source>Video (*.mp4 *.mov *.m4v *.mkv *.avi *.3gp *.webm);;Mọi tệp (*)</source>
        <translation>Videos (*.mp4 *.mov *.m4v *.mkv *.avi *.3gp *.webm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/room.py" line="159"/>
        <source>Không mở được video</source>
        <translation>Could not open the video</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/room.py" line="200"/>
        <source>Nhận các đoạn</source>
        <translation>Take the segments</translation>
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
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/catalog/export_dialog.py" line="37"/>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/export_dialog.py" line="38"/>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/export_dialog.py" line="39"/>
        <source>Shopee – đăng hàng loạt</source>
        <translation>Shopee – bulk upload</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/export_dialog.py" line="40"/>
        <source>TikTok Shop – đăng hàng loạt</source>
        <translation>TikTok Shop – bulk upload</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/export_dialog.py" line="47"/>
        <source>Xuất danh mục sản phẩm</source>
        <translation>Export product catalog</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/export_dialog.py" line="53"/>
        <source>Xuất ra:</source>
        <translation>Export to:</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/export_dialog.py" line="61"/>
        <source>Kèm ảnh đã chuẩn bị cho sàn (vuông, nền trắng, ≤ 2 MB)</source>
        <translation>Include photos prepared for marketplaces (square, white background, ≤ 2 MB)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/export_dialog.py" line="75"/>
        <location filename="../../app/ui/editor/export_dialog.py" line="305"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/export_dialog.py" line="77"/>
        <source>Xuất…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/export_dialog.py" line="96"/>
        <source>Mỗi phân loại là một dòng; sửa trong Excel rồi nhập lại sẽ cập nhật theo mã SKU.</source>
        <translation>Each variant is one row. If you edit the file in Excel and import it again, products are updated by their SKU.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/export_dialog.py" line="119"/>
        <source>%1 sản phẩm chưa đạt yêu cầu của sàn. Sửa theo danh sách, hoặc xuất những sản phẩm đã đạt.</source>
        <translation>Products that do not meet the marketplace rules yet: %1. Fix them using the list, or export now and only the products that pass will be included.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/export_dialog.py" line="124"/>
        <source>Mọi sản phẩm đều đạt yêu cầu của sàn.</source>
        <translation>All products meet the marketplace rules.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/export_dialog.py" line="132"/>
        <source>Lưu tệp</source>
        <translation>Save file</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/export_dialog.py" line="162"/>
        <source>Đang xuất…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/export_dialog.py" line="167"/>
        <source>Đã xuất xong.</source>
        <translation>Export finished.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="42"/>
        <source>Nhanh</source>
        <translation>Fast</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="43"/>
        <source>Chép nguyên hình, xong trong vài giây; điểm cắt nhảy về khung khoá gần nhất.</source>
        <translation>Copies the picture as it is, done in seconds; cuts jump to the nearest keyframe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="50"/>
        <source>Chính xác</source>
        <translation>Accurate</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="51"/>
        <source>Cắt đúng khung hình, chỉ mã hoá lại chỗ cắt; nhanh mà không lệch.</source>
        <translation>Cuts on the exact frame and re-encodes only around the cuts; quick and exact.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="58"/>
        <source>Đầy đủ</source>
        <translation>Full</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="59"/>
        <source>Mã hoá lại toàn bộ: cần khi đổi khổ 9:16, thêm chữ hoặc giá; chậm nhất.</source>
        <translation>Re-encodes everything: needed for 9:16, text or price; the slowest.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="66"/>
        <source>Nền mờ</source>
        <translation>Blurred background</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="67"/>
        <source>Nền đơn sắc</source>
        <translation>Plain background</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="68"/>
        <source>Cắt khung</source>
        <translation>Crop</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="77"/>
        <source>Xuất video</source>
        <translation>Export video</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="86"/>
        <source>Chất lượng gốc</source>
        <translation>Original quality</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="89"/>
        <source>Nền tảng</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="99"/>
        <source>Cách xuất</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="107"/>
        <source>Khung dọc</source>
        <translation>Vertical frame</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="116"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="119"/>
        <source>Thư mục</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="121"/>
        <source>Tên tệp</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="122"/>
        <source>Xuất mỗi đoạn thành một video riêng</source>
        <translation>Export each segment as its own video</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="140"/>
        <source>Xuất</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="143"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="145"/>
        <source>Xem</source>
        <translation>Watch</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="147"/>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="149"/>
        <source>Gắn vào sản phẩm</source>
        <translation>Attach to the product</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="170"/>
        <source>Đổi khung dọc</source>
        <translation>Change vertical frame</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="173"/>
        <source>Tâm khung cắt: %1% từ trái, %2% từ trên (kéo trong khung xem trước để dời).</source>
        <translation>Crop centre: %1% from the left, %2% from the top (drag in the preview to move it).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="198"/>
        <source>Có chữ trên video hoặc đổi khổ cho nền tảng: chỉ chế độ Đầy đủ vẽ được, đã tự chọn Đầy đủ.</source>
        <translation>Text on the video or a platform&apos;s frame: only Full mode can draw it, so Full is chosen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="222"/>
        <source>Cắt bớt %1 giây</source>
        <translation>Trim %1 s</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="244"/>
        <source>Cắt bớt cho vừa nền tảng</source>
        <translation>Trim to fit the platform</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="249"/>
        <source>Chọn thư mục</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="283"/>
        <source>Đang xuất video</source>
        <translation>Exporting video</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="291"/>
        <source>Còn khoảng %1 giây</source>
        <translation>About %1 s left</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="299"/>
        <source>Xong: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="317"/>
        <source>Chưa xuất được video do lỗi trong máy. Video gốc và các đoạn đã chọn vẫn giữ nguyên; hãy thử lại hoặc chọn cách xuất Đầy đủ.</source>
        <translation>The video wasn&apos;t exported because of a problem on this computer. The original video and the chosen segments are unchanged; try again or choose the Full export.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="329"/>
        <source>Đã huỷ; không để lại tệp dở dang.</source>
        <translation>Cancelled; no half-written file left.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/export_dialog.py" line="370"/>
        <source>Đã gắn vào sản phẩm.</source>
        <translation>Attached to the product.</translation>
    </message>
</context>
<context>
    <name>ExportModes</name>
    <message>
        <location filename="../../app/editor/export_job.py" line="106"/>
        <source>Nhanh</source>
        <translation>Fast</translation>
    </message>
    <message>
        <location filename="../../app/editor/export_job.py" line="107"/>
        <source>Chép nguyên hình, xong trong vài giây; điểm cắt nhảy về khung khoá gần nhất.</source>
        <translation>Copies the picture as it is, done in seconds; cuts jump to the nearest keyframe.</translation>
    </message>
    <message>
        <location filename="../../app/editor/export_job.py" line="113"/>
        <source>Chính xác</source>
        <translation>Accurate</translation>
    </message>
    <message>
        <location filename="../../app/editor/export_job.py" line="114"/>
        <source>Cắt đúng khung hình, chỉ mã hoá lại quanh chỗ cắt; nhanh mà không lệch.</source>
        <translation>Cuts on the exact frame and re-encodes only around the cuts; quick and exact.</translation>
    </message>
    <message>
        <location filename="../../app/editor/export_job.py" line="120"/>
        <source>Đầy đủ</source>
        <translation>Full</translation>
    </message>
    <message>
        <location filename="../../app/editor/export_job.py" line="121"/>
        <source>Mã hoá lại toàn bộ: cần khi thêm chữ, đổi khổ 9:16 hay giới hạn dung lượng.</source>
        <translation>Re-encodes everything: needed for text, the 9:16 frame or a size limit.</translation>
    </message>
</context>
<context>
    <name>ExportProcess</name>
    <message>
        <location filename="../../app/editor/export_process.py" line="63"/>
        <source>Việc xuất video bị dừng giữa chừng (có thể máy thiếu bộ nhớ). Video gốc và các đoạn đã chọn vẫn giữ nguyên, không để lại tệp dở dang; hãy đóng bớt chương trình khác rồi xuất lại.</source>
        <translation>The export stopped half-way (the computer may be short of memory). The original video and your chosen parts are unchanged and no half-finished file was left; close some other programs and export again.</translation>
    </message>
</context>
<context>
    <name>FitControl</name>
    <message>
        <location filename="../../app/ui/editor/crop_overlay.py" line="59"/>
        <source>Khung dọc</source>
        <translation>Vertical frame</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/crop_overlay.py" line="62"/>
        <source>Nền mờ</source>
        <translation>Blurred background</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/crop_overlay.py" line="63"/>
        <source>Nền đơn sắc</source>
        <translation>Solid background</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/crop_overlay.py" line="64"/>
        <source>Cắt khung</source>
        <translation>Crop</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/crop_overlay.py" line="69"/>
        <source>Cắt khung: video lấp đầy khung dọc; kéo khung sáng trong hình để chọn phần giữ lại, hoặc bấm Alt+←/→ (Alt+↑/↓) để dời từng chút.</source>
        <translation>Crop: the video fills the vertical frame; drag the bright window in the picture to choose the part to keep, or press Alt+←/→ (Alt+↑/↓) to move it a little at a time.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/crop_overlay.py" line="122"/>
        <source>Alt+mũi tên dời khung cắt: chọn Khung dọc “Cắt khung” (với nền tảng khung dọc) trước.</source>
        <translation>Alt+arrows move the crop window: first choose “Crop” as the vertical frame (with a vertical-video platform).</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/crop_overlay.py" line="94"/>
        <source>Đổi khung dọc</source>
        <translation>Change vertical frame</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/crop_overlay.py" line="111"/>
        <location filename="../../app/ui/editor/crop_overlay.py" line="133"/>
        <source>Dời khung cắt</source>
        <translation>Move the crop window</translation>
    </message>
</context>
<context>
    <name>FrameView</name>
    <message>
        <location filename="../../app/ui/editor/frame_view.py" line="62"/>
        <source>Khung sáng là phần video xuất giữ lại: kéo bằng chuột, hoặc bấm Alt+←/→ (Alt+↑/↓ khi video cao hơn khung dọc) để dời từng chút. Phím ←/→ vẫn là lùi/tới một khung hình.</source>
        <translation>The bright window is the part the export keeps: drag it with the mouse, or press Alt+←/→ (Alt+↑/↓ when the video is taller than the vertical frame) to move it a little at a time. ←/→ still step one frame back/forward.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/frame_view.py" line="78"/>
        <source>Kéo khung, hoặc Alt+%1 để dời</source>
        <translation>Drag the window, or Alt+%1 to move it</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="40"/>
        <source>Nhập sản phẩm từ Excel</source>
        <translation>Import products from Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="62"/>
        <source>Chọn tệp Excel (.xlsx) hoặc CSV. Dòng đầu là tên cột, ví dụ: Tên sản phẩm, Mã SKU, Giá bán, Tồn kho, Kích thước, Màu. Chưa có gì được ghi cho đến bước cuối.</source>
        <translation>Choose an Excel (.xlsx) or CSV file. The first row holds the column names, for example: Product name, SKU, Price, Stock, Size, Colour. Nothing is saved until the last step.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="69"/>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="83"/>
        <source>Chọn bảng tính</source>
        <translation>Choose a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="83"/>
        <source>Bảng tính (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="96"/>
        <source>Đang đọc bảng tính…</source>
        <translation>Reading the spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="111"/>
        <source>Ghép mỗi cột trong tệp với thông tin sản phẩm (cột không cần thì để “Bỏ qua”).</source>
        <translation>Match each column in the file to a product detail (leave columns you don&apos;t need as “Skip”).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="118"/>
        <source>Cột trong tệp</source>
        <translation>Column in file</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="118"/>
        <source>Ví dụ</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="118"/>
        <source>Là thông tin</source>
        <translation>Use as</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="124"/>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="126"/>
        <source>Kiểm tra dữ liệu</source>
        <translation>Check data</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="147"/>
        <source>— Bỏ qua —</source>
        <translation>— Skip —</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="178"/>
        <source>Còn thiếu cột bắt buộc: %1.</source>
        <translation>Required columns still missing: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="198"/>
        <source>Đang kiểm tra từng dòng…</source>
        <translation>Checking each row…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="214"/>
        <source>Chỉ nhập khi mọi dòng đều đúng</source>
        <translation>Import only if every row is correct</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="215"/>
        <source>Nhập các dòng đúng, bỏ qua các dòng lỗi</source>
        <translation>Import the correct rows and skip rows with errors</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="220"/>
        <source>Quay lại ghép cột</source>
        <translation>Back to column matching</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="222"/>
        <source>Nhập vào cửa hàng</source>
        <translation>Import into shop</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="235"/>
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="251"/>
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="262"/>
        <source>%1 dòng: %2 sản phẩm mới, %3 sản phẩm sẽ được cập nhật theo mã SKU, %4 dòng lỗi.</source>
        <translation>Rows: %1. New products: %2. Products to be updated by SKU: %3. Rows with errors: %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="270"/>
        <source>Dòng %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="275"/>
        <source>Không có dòng lỗi.</source>
        <translation>No rows with errors.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="299"/>
        <source>Đang nhập sản phẩm…</source>
        <translation>Importing products…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="306"/>
        <source>Đã nhập xong từ tệp “%1”:</source>
        <translation>Finished importing from “%1”:</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="309"/>
        <source>• %1 sản phẩm mới</source>
        <translation>• %1 new products</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="310"/>
        <source>• %1 sản phẩm được cập nhật</source>
        <translation>• %1 products updated</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="313"/>
        <source>• %1 ảnh</source>
        <translation>• %1 photos</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="316"/>
        <source>• Bỏ qua các dòng lỗi: %1</source>
        <translation>• Rows with problems skipped: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="322"/>
        <source>Đã nhập: %1 sản phẩm mới, %2 cập nhật.</source>
        <translation>Import done: %1 new products, %2 updated.</translation>
    </message>
</context>
<context>
    <name>KeyframeSnap</name>
    <message>
        <location filename="../../app/ui/editor/keyframe_snap.py" line="27"/>
        <source>Cắt nhanh sẽ bắt đầu ở khung khoá %1 (sớm hơn %2 giây)</source>
        <translation>A quick cut will start at the keyframe %1 (%2 s earlier)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/keyframe_snap.py" line="105"/>
        <source>(+%1 giây)</source>
        <translation>(+%1 s)</translation>
    </message>
</context>
<context>
    <name>KeysOverlay</name>
    <message>
        <location filename="../../app/ui/rehearsal/keys_overlay.py" line="11"/>
        <source>Sang sản phẩm tiếp theo</source>
        <translation>Next product</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/keys_overlay.py" line="12"/>
        <source>Quay lại sản phẩm trước</source>
        <translation>Back to the previous product</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/keys_overlay.py" line="13"/>
        <source>Đánh dấu đã trả lời bình luận đang tô vàng</source>
        <translation>Mark the highlighted comment answered</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/keys_overlay.py" line="14"/>
        <source>Bắt đầu flash sale của sản phẩm này</source>
        <translation>Start this product&apos;s flash sale</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/keys_overlay.py" line="15"/>
        <source>Dừng / chạy tiếp chữ</source>
        <translation>Pause / resume the text</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/keys_overlay.py" line="16"/>
        <source>Chữ chạy nhanh hơn / chậm hơn</source>
        <translation>Text faster / slower</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/keys_overlay.py" line="17"/>
        <source>Lùi / nhảy chữ gần một trang</source>
        <translation>Text back / forward about a page</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/keys_overlay.py" line="18"/>
        <source>Bắt đầu / kết thúc buổi tập</source>
        <translation>Start / end the practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/keys_overlay.py" line="19"/>
        <source>Hiện / ẩn bảng phím này</source>
        <translation>Show / hide this key list</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/keys_overlay.py" line="31"/>
        <source>Phím tắt khi tập</source>
        <translation>Keys while practising</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/keys_overlay.py" line="39"/>
        <source>Bấm ? hoặc Esc để đóng</source>
        <translation>Press ? or Esc to close</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="52"/>
        <source>Tự chọn (EAN-13 nếu có, không thì Code 128)</source>
        <translation>Automatic (EAN-13 if there is one, else Code 128)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="53"/>
        <source>Chỉ EAN-13 (mã vạch của sản phẩm)</source>
        <translation>EAN-13 only (the product&apos;s barcode)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="54"/>
        <source>Code 128 theo mã SKU</source>
        <translation>Code 128 of the SKU</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="63"/>
        <source>In tem mã vạch</source>
        <translation>Print barcode labels</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="86"/>
        <source>Tìm sản phẩm (tên, SKU hoặc quét mã):</source>
        <translation>Find products (name, SKU or scan a code):</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="89"/>
        <source>ví dụ: non la</source>
        <translation>e.g. non la</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="94"/>
        <source>Sản phẩm (bấm đúp để thêm)</source>
        <translation>Products (double-click to add)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="104"/>
        <source>Thêm vào danh sách in</source>
        <translation>Add to the print list</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="110"/>
        <source>Sẽ in (số tem mỗi sản phẩm):</source>
        <translation>To print (labels per product):</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="113"/>
        <source>Sản phẩm</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="113"/>
        <source>Giá</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="113"/>
        <source>Số tem</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="125"/>
        <source>Bỏ khỏi danh sách</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="131"/>
        <source>A4, %1 tem %2 mm</source>
        <translation>A4, %1 labels %2 mm</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="134"/>
        <source>Khổ tem:</source>
        <translation>Label sheet:</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="139"/>
        <source>Loại mã:</source>
        <translation>Code type:</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="142"/>
        <source> tem đã dùng</source>
        <translation> labels used</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="143"/>
        <source>Tờ tem đã bóc bớt: bỏ trống các ô đầu tiên</source>
        <translation>Sheet already partly used: leave the first cells empty</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="145"/>
        <source>Bỏ qua:</source>
        <translation>Skip:</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="157"/>
        <source>Trang trước</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="162"/>
        <source>Trang sau</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="181"/>
        <source>Lưu tệp PDF để in…</source>
        <translation>Save PDF to print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="184"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="313"/>
        <source>%1 tem trên %2 tờ A4.</source>
        <translation>%1 labels on %2 A4 sheets.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="317"/>
        <source>Chọn sản phẩm ở bên trái để in tem.</source>
        <translation>Choose products on the left to print labels.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="332"/>
        <source>Trang %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="341"/>
        <source>tem-ma-vach.pdf</source>
        <translation>barcode-labels.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="343"/>
        <source>Lưu tem mã vạch</source>
        <translation>Save barcode labels</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="343"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/labels_dialog.py" line="366"/>
        <source>Đã lưu %1 tem (%2 trang) vào %3</source>
        <translation>Saved %1 labels (%2 pages) to %3</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../app/ui/rehearsal/gauges.py" line="25"/>
        <source>Âm lượng micro</source>
        <translation>Microphone level</translation>
    </message>
</context>
<context>
    <name>MediaBox</name>
    <message>
        <location filename="../../app/ui/sync/media_box.py" line="41"/>
        <source>Ảnh và video</source>
        <translation>Photos and videos</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/media_box.py" line="48"/>
        <source>Tải video:</source>
        <translation>Send videos:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/media_box.py" line="51"/>
        <source>luôn luôn</source>
        <translation>always</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/media_box.py" line="52"/>
        <source>chỉ khi cần xem</source>
        <translation>only when needed</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/media_box.py" line="53"/>
        <source>chỉ qua wifi không giới hạn</source>
        <translation>only on unlimited Wi-Fi</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/media_box.py" line="57"/>
        <source>Ảnh luôn được gửi trước. Video nặng: có thể để chờ đến khi cần xem, hoặc chỉ gửi khi máy dùng wifi không tính tiền theo dung lượng.</source>
        <translation>Photos are always sent first. Videos are large: they can wait until someone needs to watch them, or go only when this PC is on Wi-Fi that isn&apos;t charged by the amount of data.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/media_box.py" line="70"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/media_box.py" line="70"/>
        <source>Sản phẩm</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/media_box.py" line="70"/>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/media_box.py" line="71"/>
        <source>Đang chờ</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/media_box.py" line="82"/>
        <location filename="../../app/ui/sync/media_box.py" line="158"/>
        <source>Tải lên ngay</source>
        <translation>Upload now</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/media_box.py" line="115"/>
        <source>tải lên</source>
        <translation>upload</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/media_box.py" line="115"/>
        <source>tải về</source>
        <translation>download</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/media_box.py" line="130"/>
        <source>Ảnh luôn được gửi trước video.</source>
        <translation>Photos are always sent before videos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/media_box.py" line="132"/>
        <source>Không có video nào đang chờ.</source>
        <translation>No videos waiting.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/media_box.py" line="136"/>
        <source>%1 video đang chờ (%2).</source>
        <translation>%1 videos waiting (%2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/media_box.py" line="140"/>
        <source>Video chỉ tải khi bạn bấm “Tải lên ngay” hoặc “Tải về”.</source>
        <translation>Videos move only when you press “Upload now” or “Download”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/media_box.py" line="145"/>
        <source>Mạng đang dùng tính tiền theo dung lượng: video chờ đến khi có wifi không giới hạn.</source>
        <translation>This network is charged by the amount of data: videos wait for unlimited Wi-Fi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/media_box.py" line="148"/>
        <source>Video sẽ được gửi ở lần đồng bộ tới, sau ảnh.</source>
        <translation>Videos will be sent at the next sync, after the photos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/media_box.py" line="158"/>
        <source>Tải về</source>
        <translation>Download</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/media_box.py" line="170"/>
        <source>Đang tải video lên</source>
        <translation>Uploading video</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/media_box.py" line="170"/>
        <source>Đang tải video về</source>
        <translation>Downloading video</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/media_box.py" line="179"/>
        <source>Máy chủ chưa có video này (máy kia chưa gửi xong). Hãy thử lại sau.</source>
        <translation>The hub doesn&apos;t have this video yet (the other PC hasn&apos;t finished sending it). Try again later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/media_box.py" line="186"/>
        <source>Chưa tải được video vì một lỗi không lường trước. Hãy thử lại.</source>
        <translation>The video wasn&apos;t transferred because of an unexpected error. Try again.</translation>
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
    <name>OpeningRoom</name>
    <message>
        <location filename="../../app/ui/shell/opening_room.py" line="30"/>
        <source>Tìm sản phẩm (gõ không dấu cũng được)</source>
        <translation>Find products (accents optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/opening_room.py" line="33"/>
        <source>Đang mở dữ liệu của cửa hàng…</source>
        <translation>Opening the shop&apos;s data…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/opening_room.py" line="57"/>
        <source>Đang chuẩn bị dữ liệu cho lần dùng đầu tiên…</source>
        <translation>Getting things ready for the first use…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/opening_room.py" line="63"/>
        <source>Sắp xong — chờ một chút…</source>
        <translation>Almost done — just a moment…</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="101"/>
        <source>Thêm ảnh…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="103"/>
        <source>Bỏ ảnh đang chọn</source>
        <translation>Remove selected photo</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="105"/>
        <source>Chuẩn bị ảnh cho sàn…</source>
        <translation>Prepare photos for marketplaces…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="107"/>
        <source>Tạo bản sao vuông, nền trắng, ≥ 800 px, ≤ 2 MB; ảnh gốc giữ nguyên.</source>
        <translation>Makes square copies with a white background, ≥ 800 px, ≤ 2 MB; your original photos stay unchanged.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="110"/>
        <source>Gắn video…</source>
        <translation>Attach video…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="112"/>
        <source>Gắn một video sản phẩm đã cắt (MP4/MOV) vào sản phẩm này.</source>
        <translation>Attach a product video that you have already cut (MP4/MOV) to this product.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="115"/>
        <location filename="../../app/ui/catalog/photo_strip.py" line="213"/>
        <source>Cắt video này</source>
        <translation>Cut this video</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="117"/>
        <source>Mở video đã gắn của sản phẩm trong phòng Cắt video, có sẵn tên và giá.</source>
        <translation>Open the product&apos;s attached video in the Cut video room, with its name and price ready.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="141"/>
        <source>Lưu sản phẩm trước, rồi thêm ảnh.</source>
        <translation>Save the product first, then add photos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="145"/>
        <source>Kéo thả ảnh hoặc cả thư mục ảnh từ điện thoại vào đây. Ảnh đầu tiên là ảnh chính; kéo để đổi thứ tự.</source>
        <translation>Drag photos, or a whole folder of photos from your phone, and drop them here. The first photo is the main one; drag photos to change the order.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="165"/>
        <source>chưa tải về máy này</source>
        <translation>not on this PC yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="167"/>
        <source>Video đã gắn: %1</source>
        <translation>Attached videos: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="215"/>
        <source>Video này được gắn ở máy khác và chưa tải về máy này. Vào phòng Đồng bộ, chọn video trong “Ảnh và video” rồi bấm “Tải về”; xong rồi bấm lại.</source>
        <translation>This video was attached on another PC and isn&apos;t on this PC yet. Go to the Sync room, choose the video under “Photos and videos” and press “Download”; then press this again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="226"/>
        <source>Chọn video sản phẩm</source>
        <translation>Choose a product video</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="226"/>
        <source>Video (*.mp4 *.mov *.m4v)</source>
        <translation>Videos (*.mp4 *.mov *.m4v)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="258"/>
        <source>Đang gắn video…</source>
        <translation>Attaching the video…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="266"/>
        <source>Chọn ảnh</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="266"/>
        <source>Ảnh (*.jpg *.jpeg *.png *.webp *.heic *.heif)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="288"/>
        <source>Đang thêm ảnh…</source>
        <translation>Adding photos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="302"/>
        <source>… và %1 tệp khác.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="305"/>
        <source>Một số tệp không thêm được</source>
        <translation>Some files could not be added</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="306"/>
        <source>Đã thêm %1 ảnh. Các tệp sau không thêm được:</source>
        <translation>Photos added: %1. These files could not be added:</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="376"/>
        <source>Lưu ảnh cho sàn vào thư mục</source>
        <translation>Choose a folder for the marketplace photos</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="403"/>
        <source>Đang chuẩn bị ảnh cho sàn…</source>
        <translation>Preparing photos for marketplaces…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="410"/>
        <source>Đổi thứ tự ảnh</source>
        <translation>Change photo order</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../app/ui/rehearsal/plan_editor.py" line="93"/>
        <source>← Danh sách kịch bản</source>
        <translation>← Runs of show</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/plan_editor.py" line="96"/>
        <source>Tên kịch bản, ví dụ: Phiên tối thứ Bảy</source>
        <translation>Run of show name, e.g. Saturday evening live</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/plan_editor.py" line="99"/>
        <source>Bắt đầu tập</source>
        <translation>Start practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/plan_editor.py" line="103"/>
        <source>Tìm sản phẩm (gõ không dấu)</source>
        <translation>Find products (accents optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/plan_editor.py" line="113"/>
        <source>Thêm vào kịch bản (Enter) →</source>
        <translation>Add to the run of show (Enter) →</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/plan_editor.py" line="125"/>
        <source>↑ Lên</source>
        <translation>↑ Up</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/plan_editor.py" line="126"/>
        <source>↓ Xuống</source>
        <translation>↓ Down</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/plan_editor.py" line="127"/>
        <source>Bỏ khỏi kịch bản</source>
        <translation>Remove from the run of show</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/plan_editor.py" line="138"/>
        <source>Tên:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/plan_editor.py" line="143"/>
        <source>Sản phẩm trong danh mục</source>
        <translation>Products in the catalog</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/plan_editor.py" line="148"/>
        <source>Thứ tự trong buổi live (kéo để sắp xếp)</source>
        <translation>Order in the live (drag to sort)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/plan_editor.py" line="198"/>
        <source>Dự kiến: %1</source>
        <translation>Planned: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/plan_editor.py" line="204"/>
        <source>Mở đầu</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/plan_editor.py" line="204"/>
        <source>Kết thúc</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/plan_editor.py" line="208"/>
        <source>đã xoá khỏi danh mục</source>
        <translation>deleted from the catalog</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/plan_editor.py" line="243"/>
        <source>Kịch bản mới</source>
        <translation>New run of show</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="88"/>
        <source>Thông tin</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="98"/>
        <location filename="../../app/ui/catalog/editor.py" line="208"/>
        <source>Thêm phân loại</source>
        <translation>Add variant</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="100"/>
        <source>Xoá phân loại đang chọn</source>
        <translation>Delete selected variant</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="103"/>
        <source>Phân loại và giá</source>
        <translation>Variants and prices</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="106"/>
        <source>Ảnh</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="108"/>
        <source>Kho hàng</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="110"/>
        <location filename="../../app/ui/catalog/editor.py" line="129"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="114"/>
        <location filename="../../app/ui/catalog/editor.py" line="131"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="118"/>
        <source>Lưu sản phẩm</source>
        <translation>Save product</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="122"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="124"/>
        <location filename="../../app/ui/catalog/editor.py" line="415"/>
        <source>Xoá sản phẩm</source>
        <translation>Delete product</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="161"/>
        <source>Sửa thông tin sản phẩm</source>
        <translation>Edit product details</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="167"/>
        <source>Sửa phân loại</source>
        <translation>Edit variant</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="220"/>
        <source>Xoá phân loại</source>
        <translation>Delete variant</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="257"/>
        <source>Đã khôi phục phần bạn đang gõ dở lần trước. Bấm “Lưu sản phẩm” để giữ lại.</source>
        <translation>What you were typing last time has been brought back. Click “Save product” to keep it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="330"/>
        <source>Dòng %1: giá không đọc được; hãy gõ như 150000, 150k hoặc 1,5tr.</source>
        <translation>Row %1: the price could not be read. Type it like 150000, 150k or 1.5tr (1.5 million).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="391"/>
        <source>Đang lưu sản phẩm</source>
        <translation>Saving product</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="417"/>
        <source>Xoá “%1” khỏi cửa hàng? Các máy khác sẽ được báo xoá khi đồng bộ.</source>
        <translation>Delete “%1” from your shop? Your other computers will remove it too when they sync.</translation>
    </message>
</context>
<context>
    <name>ProductInfoForm</name>
    <message>
        <location filename="../../app/ui/catalog/product_form.py" line="25"/>
        <source>Đang bán</source>
        <translation>On sale</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_form.py" line="26"/>
        <source>Nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_form.py" line="27"/>
        <source>Ngừng bán</source>
        <translation>No longer sold</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_form.py" line="30"/>
        <source>Dài</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_form.py" line="31"/>
        <source>Rộng</source>
        <translation>Width</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_form.py" line="32"/>
        <source>Cao</source>
        <translation>Height</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_form.py" line="42"/>
        <source>ví dụ: Màn tuyn chống muỗi 1m6×2m</source>
        <translation>e.g. Mosquito net 1.6 m × 2 m</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_form.py" line="51"/>
        <source>cách nhau bằng dấu phẩy</source>
        <translation>separate with commas</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_form.py" line="56"/>
        <source>chưa có</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_form.py" line="64"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_form.py" line="68"/>
        <source>Hiện trên trang giới thiệu của xã</source>
        <translation>Show on the commune showcase page</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_form.py" line="70"/>
        <source>ví dụ: Kích thước</source>
        <translation>e.g. Size</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_form.py" line="72"/>
        <source>ví dụ: Màu</source>
        <translation>e.g. Colour</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_form.py" line="74"/>
        <source>Tên sản phẩm</source>
        <translation>Product name</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_form.py" line="75"/>
        <source>Mô tả</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_form.py" line="76"/>
        <source>Danh mục</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_form.py" line="77"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_form.py" line="78"/>
        <source>Nhãn</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_form.py" line="79"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_form.py" line="80"/>
        <source>Cân nặng</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_form.py" line="81"/>
        <source>Dài × rộng × cao</source>
        <translation>Length × width × height</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_form.py" line="83"/>
        <source>Tên lựa chọn 1</source>
        <translation>Option 1 name</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_form.py" line="84"/>
        <source>Tên lựa chọn 2</source>
        <translation>Option 2 name</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <location filename="../../app/ui/profile_picker.py" line="36"/>
        <source>Chọn cửa hàng</source>
        <translation>Choose a shop</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_picker.py" line="39"/>
        <source>Máy này giữ dữ liệu của nhiều cửa hàng. Hãy chọn cửa hàng cần mở.</source>
        <translation>This PC keeps the data of several shops. Choose the shop to open.</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_picker.py" line="47"/>
        <source>Tên cửa hàng mới</source>
        <translation>New shop name</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_picker.py" line="48"/>
        <source>Tạo hồ sơ mới</source>
        <translation>New profile</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_picker.py" line="59"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_picker.py" line="61"/>
        <source>Mở cửa hàng này</source>
        <translation>Open this shop</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_picker.py" line="83"/>
        <source>Hãy gõ tên cửa hàng mới rồi bấm “Tạo hồ sơ mới”.</source>
        <translation>Type the new shop&apos;s name, then press “New profile”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_picker.py" line="89"/>
        <source>Đã có cửa hàng tên này. Hãy chọn nó trong danh sách hoặc đặt tên khác.</source>
        <translation>A shop with this name exists already. Choose it in the list or use another name.</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_picker.py" line="95"/>
        <source>Không tạo được thư mục cho cửa hàng mới. Hãy kiểm tra ổ đĩa còn chỗ trống.</source>
        <translation>Could not create a folder for the new shop. Check that the disk has free space.</translation>
    </message>
</context>
<context>
    <name>ProxyOffer</name>
    <message>
        <location filename="../../app/ui/editor/proxy_offer.py" line="34"/>
        <location filename="../../app/ui/editor/proxy_offer.py" line="70"/>
        <source>Máy chạy chậm — tạo bản xem trước nhẹ hơn?</source>
        <translation>This PC is slow — make a lighter preview?</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/proxy_offer.py" line="38"/>
        <source>Máy không kịp chiếu video gốc: làm một bản nhẹ chỉ để xem; video xuất vẫn lấy từ bản gốc.</source>
        <translation>This PC can&apos;t keep up playing the original video: make a light copy just for watching; exports still use the original.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/proxy_offer.py" line="43"/>
        <source>Tạo bản nhẹ</source>
        <translation>Make light copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/proxy_offer.py" line="46"/>
        <source>Không cần</source>
        <translation>No thanks</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/proxy_offer.py" line="100"/>
        <source>Đang làm bản xem nhẹ… (vẫn làm việc được trong lúc chờ)</source>
        <translation>Making the light preview copy… (you can keep working meanwhile)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/proxy_offer.py" line="107"/>
        <source>Đang làm bản xem nhẹ</source>
        <translation>Making the light preview copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/proxy_offer.py" line="117"/>
        <source>Đang làm bản xem nhẹ… %1% (vẫn làm việc được trong lúc chờ)</source>
        <translation>Making the light preview copy… %1% (you can keep working meanwhile)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/proxy_offer.py" line="131"/>
        <source>máy gặp lỗi khi làm bản nhẹ; vẫn xem được bằng video gốc.</source>
        <translation>an error happened while making the light copy; you can still watch the original video.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/proxy_offer.py" line="132"/>
        <source>Chưa làm được bản nhẹ: %1</source>
        <translation>Couldn&apos;t make the light copy: %1</translation>
    </message>
</context>
<context>
    <name>RehearsalScreen</name>
    <message>
        <location filename="../../app/ui/rehearsal/rehearsal_screen.py" line="67"/>
        <source>← Kịch bản</source>
        <translation>← Run of show</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/rehearsal_screen.py" line="93"/>
        <source>← Trước (P)</source>
        <translation>← Previous (P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/rehearsal_screen.py" line="95"/>
        <source>Tiếp theo (N) →</source>
        <translation>Next (N) →</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/rehearsal_screen.py" line="96"/>
        <source>Flash sale (F)</source>
        <translation>Flash sale (F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/rehearsal_screen.py" line="97"/>
        <location filename="../../app/ui/rehearsal/rehearsal_screen.py" line="349"/>
        <source>Dừng chữ (Space)</source>
        <translation>Pause text (Space)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/rehearsal_screen.py" line="99"/>
        <location filename="../../app/ui/rehearsal/rehearsal_screen.py" line="344"/>
        <source>Bắt đầu tập (Ctrl+Enter)</source>
        <translation>Start practice (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/rehearsal_screen.py" line="102"/>
        <source>Phím tắt (?)</source>
        <translation>Keys (?)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/rehearsal_screen.py" line="204"/>
        <source>Không tìm thấy camera — vẫn tập được: kịch bản, bấm giờ và bình luận vẫn chạy</source>
        <translation>No camera found — you can still practise: script, timers and comments keep running</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/rehearsal_screen.py" line="328"/>
        <source>Sản phẩm này đã bị xoá khỏi danh mục</source>
        <translation>This product has been deleted from the catalog</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/rehearsal_screen.py" line="342"/>
        <source>Kết thúc buổi tập (Ctrl+Enter)</source>
        <translation>End practice (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/rehearsal_screen.py" line="349"/>
        <source>Chạy chữ (Space)</source>
        <translation>Run text (Space)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/ui/rehearsal/report_dialog.py" line="44"/>
        <source>Báo cáo cho giảng viên</source>
        <translation>Report for the trainer</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/report_dialog.py" line="57"/>
        <source>Lưu HTML…</source>
        <translation>Save HTML…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/report_dialog.py" line="58"/>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/report_dialog.py" line="59"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/report_dialog.py" line="80"/>
        <source>Trang web (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/report_dialog.py" line="80"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/report_dialog.py" line="81"/>
        <source>Lưu báo cáo</source>
        <translation>Save report</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="55"/>
        <source>← Kịch bản</source>
        <translation>← Run of show</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="71"/>
        <source>Phát / dừng (Space)</source>
        <translation>Play / pause (Space)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="83"/>
        <source>Buổi tập này không có bản ghi (không có camera và micro).</source>
        <translation>This practice has no recording (no camera and no microphone).</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="90"/>
        <source>Mục</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="91"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="92"/>
        <source>Nói</source>
        <translation>Speaking</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="93"/>
        <source>Im lặng dài nhất</source>
        <translation>Longest silence</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="94"/>
        <source>Trả lời / bỏ lỡ</source>
        <translation>Answered / missed</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="95"/>
        <location filename="../../app/ui/rehearsal/review_page.py" line="250"/>
        <source>Flash sale</source>
        <translation>Flash sale</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="104"/>
        <source>Thời gian: đã dùng / mục tiêu (đỏ khi quá). Nói: phần thời gian có tiếng. Trả lời / bỏ lỡ: bình luận tập.</source>
        <translation>Time: used / target (red when over). Speaking: share of time with sound. Answered / missed: practice comments.</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="112"/>
        <source>Gửi sang phòng cắt video</source>
        <translation>Send to the video editor</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="115"/>
        <source>In báo cáo cho giảng viên</source>
        <translation>Print the trainer&apos;s report</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="117"/>
        <source>Tập lại kịch bản này</source>
        <translation>Practise this run of show again</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="132"/>
        <source>Các mốc (bấm để nhảy tới)</source>
        <translation>Markers (click to jump)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="154"/>
        <source>Đang tính số liệu của buổi tập…</source>
        <translation>Working out the figures of this practice…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="176"/>
        <source>%1 — buổi tập %2, dài %3</source>
        <translation>%1 — practice of %2, %3 long</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="182"/>
        <source>Lần tập đầu tiên của kịch bản này.</source>
        <translation>First practice of this run of show.</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="185"/>
        <source>So với lần trước: %1</source>
        <translation>Compared with last time: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="188"/>
        <source>Bình luận: %1 câu hiện ra, trả lời %2, bỏ lỡ %3. Thời gian nói cả buổi: %4.</source>
        <translation>Comments: %1 shown, %2 answered, %3 missed. Speaking time over the whole practice: %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="195"/>
        <source>Im lặng = âm lượng dưới %1 dBFS liên tục từ %2 giây trở lên.</source>
        <translation>Silence = level below %1 dBFS for %2 seconds or more.</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="220"/>
        <source>đã xoá khỏi danh mục</source>
        <translation>deleted from the catalog</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="239"/>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="239"/>
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="251"/>
        <source>Trả lời bình luận</source>
        <translation>Comment answered</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="252"/>
        <source>Mất camera</source>
        <translation>Camera lost</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="253"/>
        <source>Kết thúc</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/review_page.py" line="318"/>
        <source>Phòng cắt video chưa có trong bản này. Bản ghi buổi tập vẫn được giữ; hãy mở lại khi có phòng cắt video.</source>
        <translation>The video editor is not in this version. The practice recording is kept; open it again once the editor is there.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="22"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="30"/>
        <source>Ngôn ngữ:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="34"/>
        <source>Địa chỉ máy chủ của xã:</source>
        <translation>Commune hub address:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="36"/>
        <source>Ví dụ: http://192.168.1.10:8765 (hỏi cán bộ xã)</source>
        <translation>E.g. http://192.168.1.10:8765 (ask the commune office)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="43"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="44"/>
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
        <location filename="../../app/ui/shell/status_bar.py" line="28"/>
        <source>Không có mạng — mọi việc vẫn làm được, sẽ đồng bộ khi có mạng</source>
        <translation>Offline — everything still works; it will sync when the network is back</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/status_bar.py" line="30"/>
        <source>Làm việc ngoại tuyến</source>
        <translation>Working offline</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/status_bar.py" line="36"/>
        <source>Đồng bộ: chưa kết nối với máy chủ của xã</source>
        <translation>Sync: not connected to the commune hub</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/status_bar.py" line="39"/>
        <source>Đồng bộ lần cuối: %1 — còn %2 thay đổi chờ gửi</source>
        <translation>Last sync: %1 — %2 changes waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/status_bar.py" line="44"/>
        <source>Đã đồng bộ lúc %1</source>
        <translation>Synced at %1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../app/ui/rehearsal/start_page.py" line="33"/>
        <source>Kịch bản livestream của cửa hàng</source>
        <translation>The shop&apos;s livestream runs of show</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/start_page.py" line="37"/>
        <source>Mỗi kịch bản là một buổi live: mở đầu, các sản phẩm theo thứ tự, kết thúc. Chọn một kịch bản rồi bấm “Bắt đầu tập”.</source>
        <translation>Each run of show is one live: an opening, products in order, a closing. Choose one and press “Start practice”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/start_page.py" line="46"/>
        <source>Kịch bản mới (Ctrl+N)</source>
        <translation>New run of show (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/start_page.py" line="48"/>
        <source>Sửa kịch bản</source>
        <translation>Edit run of show</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/start_page.py" line="49"/>
        <source>Bắt đầu tập (Enter)</source>
        <translation>Start practice (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/start_page.py" line="51"/>
        <source>Xoá</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/start_page.py" line="58"/>
        <source>Chưa có kịch bản nào. Bấm “Kịch bản mới” rồi chọn vài sản phẩm trong danh mục.</source>
        <translation>No run of show yet. Press “New run of show” and pick a few products from the catalog.</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/start_page.py" line="66"/>
        <source>Xem lại buổi tập</source>
        <translation>Review practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/start_page.py" line="81"/>
        <source>Các lần tập của kịch bản này</source>
        <translation>Practices of this run of show</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/start_page.py" line="96"/>
        <source>%1 — %2 sản phẩm, dự kiến %3, đã tập %4 lần</source>
        <translation>%1 — %2 products, planned %3, practised %4 times</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/start_page.py" line="131"/>
        <source>%1 — dài %2</source>
        <translation>%1 — %2 long</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/start_page.py" line="134"/>
        <source>(bị ngắt giữa chừng)</source>
        <translation>(interrupted)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/start_page.py" line="136"/>
        <source>(đang ghi)</source>
        <translation>(recording)</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/start_page.py" line="164"/>
        <source>Xoá kịch bản</source>
        <translation>Delete run of show</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/start_page.py" line="165"/>
        <source>Xoá kịch bản này? Các lần tập đã ghi vẫn được giữ.</source>
        <translation>Delete this run of show? Recorded practices are kept.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/start_page.py" line="33"/>
        <source>Mở video…</source>
        <translation>Open video…</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/start_page.py" line="36"/>
        <source>hoặc kéo thả một video vào đây</source>
        <translation>or drag and drop a video here</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/start_page.py" line="40"/>
        <source>Video đang làm</source>
        <translation>Videos in progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/start_page.py" line="49"/>
        <source>Mở gần đây</source>
        <translation>Recently opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/start_page.py" line="60"/>
        <source>đoạn</source>
        <translation>segments</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/start_page.py" line="64"/>
        <source>(không thấy tệp)</source>
        <translation>(file not found)</translation>
    </message>
</context>
<context>
    <name>StickerPanel</name>
    <message>
        <location filename="../../app/ui/editor/sticker_panel.py" line="52"/>
        <location filename="../../app/ui/editor/sticker_panel.py" line="238"/>
        <location filename="../../app/ui/editor/sticker_panel.py" line="283"/>
        <source>Chữ dán</source>
        <translation>Stickers</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sticker_panel.py" line="54"/>
        <source>Freeship…</source>
        <translation>Freeship…</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sticker_panel.py" line="59"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sticker_panel.py" line="65"/>
        <source>Chữ</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sticker_panel.py" line="65"/>
        <source>Từ giây</source>
        <translation>From second</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sticker_panel.py" line="65"/>
        <source>Đến giây</source>
        <translation>To second</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sticker_panel.py" line="65"/>
        <source>Chỗ</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sticker_panel.py" line="74"/>
        <location filename="../../app/ui/editor/sticker_panel.py" line="107"/>
        <source>giữa</source>
        <translation>middle</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sticker_panel.py" line="86"/>
        <source>Bắt đầu từ đây</source>
        <translation>Start here</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sticker_panel.py" line="87"/>
        <source>Chữ dán đang chọn hiện từ vị trí đang phát</source>
        <translation>The selected sticker appears from the play position</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sticker_panel.py" line="89"/>
        <source>Kết thúc ở đây</source>
        <translation>End here</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sticker_panel.py" line="90"/>
        <source>Chữ dán đang chọn tắt ở vị trí đang phát</source>
        <translation>The selected sticker disappears at the play position</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sticker_panel.py" line="92"/>
        <source>Bỏ chữ</source>
        <translation>Remove text</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sticker_panel.py" line="107"/>
        <source>trên</source>
        <translation>top</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sticker_panel.py" line="107"/>
        <source>dưới</source>
        <translation>bottom</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sticker_panel.py" line="179"/>
        <location filename="../../app/ui/editor/sticker_panel.py" line="238"/>
        <source>Tối đa 5 chữ dán cho một video.</source>
        <translation>At most 5 stickers per video.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sticker_panel.py" line="201"/>
        <source>“%1” (nay %2–%3 giây)</source>
        <translation>“%1” (now %2–%3 s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sticker_panel.py" line="209"/>
        <source>Chữ dán nằm quá cuối video xuất nên đã dời vào trong: %1.</source>
        <translation>Stickers past the end of the exported video were moved inside it: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sticker_panel.py" line="211"/>
        <source>Video xuất ngắn lại nên chữ dán đã dời vào trong: %1.</source>
        <translation>The exported video got shorter, so stickers were moved inside it: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sticker_panel.py" line="216"/>
        <source>Sửa chữ dán</source>
        <translation>Edit sticker</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sticker_panel.py" line="244"/>
        <source>Chưa giữ đoạn nào nên chưa có video để dán chữ: bấm I ở đầu video để giữ cả video, rồi thêm lại.</source>
        <translation>Nothing is kept yet, so there is no video to put text on: press I at the start of the video to keep all of it, then add again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sticker_panel.py" line="255"/>
        <source>Thêm chữ dán</source>
        <translation>Add sticker</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sticker_panel.py" line="285"/>
        <source>Vị trí đang phát ở phần bị bỏ đi. Đưa vị trí đang phát vào một đoạn giữ lại rồi bấm lại.</source>
        <translation>The play position is in a part that is cut out. Move the play position into a kept segment and press again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/sticker_panel.py" line="295"/>
        <source>Bỏ chữ dán</source>
        <translation>Remove sticker</translation>
    </message>
</context>
<context>
    <name>StockPanel</name>
    <message>
        <location filename="../../app/ui/catalog/stock_panel.py" line="44"/>
        <source>Kiểm kho: còn</source>
        <translation>Stock count: on hand</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/stock_panel.py" line="50"/>
        <source>Ghi chú (không bắt buộc)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/stock_panel.py" line="51"/>
        <source>Thêm biến động kho</source>
        <translation>Add stock change</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/stock_panel.py" line="66"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/stock_panel.py" line="67"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/stock_panel.py" line="68"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/stock_panel.py" line="69"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/stock_panel.py" line="70"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/stock_panel.py" line="83"/>
        <source>Số đếm được trên kệ bây giờ</source>
        <translation>The number counted on the shelf now</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/stock_panel.py" line="83"/>
        <source>Số lượng thay đổi</source>
        <translation>Quantity change</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/stock_panel.py" line="92"/>
        <source>Lưu sản phẩm trước, rồi ghi nhập/bán hàng.</source>
        <translation>Save the product first, then record stock coming in and sales.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/stock_panel.py" line="103"/>
        <source>Còn trong kho: %1</source>
        <translation>In stock: %1</translation>
    </message>
</context>
<context>
    <name>SuggestionControls</name>
    <message>
        <location filename="../../app/ui/editor/suggestion_controls.py" line="40"/>
        <location filename="../../app/ui/editor/suggestion_controls.py" line="97"/>
        <location filename="../../app/ui/editor/suggestion_controls.py" line="129"/>
        <location filename="../../app/ui/editor/suggestion_controls.py" line="159"/>
        <source>Gợi ý đoạn cắt</source>
        <translation>Suggest cuts</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/suggestion_controls.py" line="42"/>
        <source>Tìm chỗ im lặng và chỗ đổi cảnh, bấm để giữ phần có tiếng nói</source>
        <translation>Find silences and scene changes; click to keep the parts with speech</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/suggestion_controls.py" line="48"/>
        <source>Độ im lặng</source>
        <translation>Silence level</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/suggestion_controls.py" line="57"/>
        <source>Tiếng nhỏ hơn mức này (so với tiếng to nhất) được coi là im lặng. Tăng lên nếu nền có tiếng ồn.</source>
        <translation>Sound quieter than this (compared with the loudest sound) counts as silence. Raise it if there is background noise.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/suggestion_controls.py" line="62"/>
        <source>Dài ít nhất</source>
        <translation>At least</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/suggestion_controls.py" line="67"/>
        <source> giây</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/suggestion_controls.py" line="69"/>
        <source>Chỉ gợi ý cắt những chỗ im lặng dài ít nhất chừng này.</source>
        <translation>Only suggest cutting silences at least this long.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/suggestion_controls.py" line="130"/>
        <source>Chưa có tiếng của video để tìm chỗ im lặng.</source>
        <translation>The video&apos;s sound isn&apos;t ready yet to look for silences.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/suggestion_controls.py" line="156"/>
        <source>Chưa tìm được gợi ý cho video này. Các đoạn đã chọn vẫn giữ nguyên; hãy chọn đoạn bằng phím I và O.</source>
        <translation>No suggestions found for this video. The chosen segments are unchanged; choose segments with the I and O keys.</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/suggestion_controls.py" line="171"/>
        <source>Giữ %1 đoạn có tiếng</source>
        <translation>Keep %1 segments with speech</translation>
    </message>
    <message>
        <location filename="../../app/ui/editor/suggestion_controls.py" line="186"/>
        <source>Giữ các đoạn gợi ý</source>
        <translation>Keep the suggested segments</translation>
    </message>
</context>
<context>
    <name>SyncRoom</name>
    <message>
        <location filename="../../app/ui/sync/room.py" line="89"/>
        <source>Đăng nhập cửa hàng trên máy chủ của xã</source>
        <translation>Sign the shop in to the commune&apos;s server</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="91"/>
        <source>192.168.1.10:8765 hoặc ABC-DEFG</source>
        <translation>192.168.1.10:8765 or ABC-DEFG</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="94"/>
        <source>Địa chỉ máy chủ của xã (ví dụ 192.168.1.10:8765), hoặc mã máy chủ 7 ký tự mà người hướng dẫn đọc (ví dụ ABC-DEFG).</source>
        <translation>The commune server&apos;s address (e.g. 192.168.1.10:8765), or the 7-character server code the trainer reads out (e.g. ABC-DEFG).</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="98"/>
        <source>ví dụ: may-tre-hoa</source>
        <translation>e.g. may-tre-hoa</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="100"/>
        <source>chỉ cần khi tạo cửa hàng mới</source>
        <translation>only needed for a new shop</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="105"/>
        <source>Địa chỉ máy chủ</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="106"/>
        <source>Tên đăng nhập cửa hàng</source>
        <translation>Shop sign-in name</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="107"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="108"/>
        <source>Tên cửa hàng</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="111"/>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="114"/>
        <source>Tạo cửa hàng mới</source>
        <translation>Create a new shop</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="123"/>
        <source>Tình trạng đồng bộ</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="136"/>
        <source>Đồng bộ ngay</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="137"/>
        <source>Tạm dừng tự đồng bộ</source>
        <translation>Pause automatic sync</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="143"/>
        <source>Đăng xuất</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="144"/>
        <source>Đăng xuất và xoá dữ liệu cửa hàng khỏi máy này</source>
        <translation>Sign out and delete the shop&apos;s data from this PC</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="153"/>
        <source>Các máy của cửa hàng</source>
        <translation>The shop&apos;s PCs</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="157"/>
        <location filename="../../app/ui/sync/room.py" line="412"/>
        <source>Đăng xuất máy này</source>
        <translation>Sign this PC out</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="159"/>
        <source>Cho máy bị mất hoặc không dùng nữa: máy đó không đồng bộ được nữa.</source>
        <translation>For a lost PC or one no longer used: it can no longer sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="169"/>
        <source>Sửa cùng lúc trên hai máy — hãy chọn giá trị giữ lại</source>
        <translation>Changed on two PCs at once — choose the value to keep</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="173"/>
        <source>Sản phẩm</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="173"/>
        <source>Mục</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="173"/>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="174"/>
        <source>Giá trị kia</source>
        <translation>Other value</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="182"/>
        <source>Giữ giá trị này (đang dùng)</source>
        <translation>Keep this value (in use)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="185"/>
        <source>Giữ giá trị này (giá trị kia)</source>
        <translation>Keep this value (the other one)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="230"/>
        <source>Cửa hàng &lt;b&gt;%1&lt;/b&gt; trên máy chủ %2</source>
        <translation>Shop &lt;b&gt;%1&lt;/b&gt; on server %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="234"/>
        <source>Trang giới thiệu của xã: %1</source>
        <translation>Commune showcase page: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="237"/>
        <source>Máy này chưa đăng nhập cửa hàng nào. Mọi việc vẫn làm được; khi đăng nhập, những gì đã sửa sẽ được gửi lên.</source>
        <translation>This PC is not signed in to a shop. Everything still works; once signed in, what you changed is sent.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="241"/>
        <source>Đồng bộ lần cuối: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="242"/>
        <source>Chưa đồng bộ lần nào.</source>
        <translation>Never synced yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="243"/>
        <source>%1 thay đổi chờ gửi, %2 ảnh/video chờ tải lên</source>
        <translation>%1 changes waiting to send, %2 photos/videos waiting to upload</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="267"/>
        <source>Không có gì cần chọn.</source>
        <translation>Nothing to choose.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="268"/>
        <source>Hai máy đã sửa cùng một chỗ khi chưa đồng bộ. Không mất gì: cả hai giá trị còn đây.</source>
        <translation>Two PCs changed the same thing before syncing. Nothing is lost: both values are here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="282"/>
        <source>Đang dùng: &lt;b&gt;%1&lt;/b&gt; — sửa trên %2 lúc %3&lt;br&gt;Giá trị kia: &lt;b&gt;%4&lt;/b&gt; — sửa trên %5 lúc %6</source>
        <translation>In use: &lt;b&gt;%1&lt;/b&gt; — changed on %2 at %3&lt;br&gt;Other value: &lt;b&gt;%4&lt;/b&gt; — changed on %5 at %6</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="302"/>
        <source>Đồng bộ chưa xong vì một lỗi không lường trước. Dữ liệu trên máy vẫn còn nguyên; hãy thử lại.</source>
        <translation>Sync did not finish because of an unexpected error. The data on this PC is intact; try again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="328"/>
        <source>Địa chỉ máy chủ chưa đúng. Hãy gõ như 192.168.1.10:8765, hoặc mã máy chủ mà người hướng dẫn đọc (ví dụ ABC-DEFG).</source>
        <translation>The server address is not right. Type it like 192.168.1.10:8765, or the server code the trainer reads out (e.g. ABC-DEFG).</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="337"/>
        <source>Đang đăng nhập</source>
        <translation>Signing in</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="399"/>
        <source> (máy này)</source>
        <translation> (this PC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="401"/>
        <source> — đã đăng xuất</source>
        <translation> — signed out</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="413"/>
        <source>Đăng xuất máy “%1” khỏi cửa hàng? Máy đó sẽ không đồng bộ được nữa cho đến khi đăng nhập lại.</source>
        <translation>Sign PC “%1” out of the shop? It can no longer sync until it signs in again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="435"/>
        <source>Xoá dữ liệu cửa hàng khỏi máy này</source>
        <translation>Delete the shop&apos;s data from this PC</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/room.py" line="436"/>
        <source>Sản phẩm, ảnh và video của cửa hàng sẽ bị xoá khỏi máy này (vẫn còn trên máy chủ và các máy khác). Ứng dụng sẽ đóng lại sau khi xoá. Tiếp tục?</source>
        <translation>The shop&apos;s products, photos and videos will be deleted from this PC (they stay on the server and the other PCs). The app closes after deleting. Continue?</translation>
    </message>
</context>
<context>
    <name>Teleprompter</name>
    <message>
        <location filename="../../app/ui/rehearsal/teleprompter.py" line="154"/>
        <source>TẠM DỪNG (Space)</source>
        <translation>PAUSED (Space)</translation>
    </message>
</context>
<context>
    <name>TeleprompterControls</name>
    <message>
        <location filename="../../app/ui/rehearsal/teleprompter.py" line="177"/>
        <source>Chữ ngược</source>
        <translation>Mirror text</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/teleprompter.py" line="178"/>
        <source>Lật chữ để đọc qua tấm kính của máy nhắc chữ</source>
        <translation>Flip the text to read it through a teleprompter&apos;s glass</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/teleprompter.py" line="183"/>
        <source>Tốc độ ↑↓</source>
        <translation>Speed ↑↓</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/teleprompter.py" line="185"/>
        <source>Cỡ chữ</source>
        <translation>Text size</translation>
    </message>
</context>
<context>
    <name>TimerStrip</name>
    <message>
        <location filename="../../app/ui/rehearsal/gauges.py" line="84"/>
        <source>Cả buổi %1</source>
        <translation>Whole live %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/gauges.py" line="87"/>
        <source>Mục này 0:00</source>
        <translation>This block 0:00</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/gauges.py" line="72"/>
        <location filename="../../app/ui/rehearsal/gauges.py" line="90"/>
        <source>Mục này %1 / %2</source>
        <translation>This block %1 / %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/rehearsal/gauges.py" line="73"/>
        <location filename="../../app/ui/rehearsal/gauges.py" line="103"/>
        <source>Flash sale còn %1</source>
        <translation>Flash sale ends in %1</translation>
    </message>
</context>
<context>
    <name>VariantsTable</name>
    <message>
        <location filename="../../app/ui/catalog/variants_table.py" line="32"/>
        <source>Lựa chọn 1</source>
        <translation>Option 1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/variants_table.py" line="33"/>
        <source>Lựa chọn 2</source>
        <translation>Option 2</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/variants_table.py" line="34"/>
        <source>Mã SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/variants_table.py" line="35"/>
        <source>Giá bán</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/variants_table.py" line="36"/>
        <source>Giá khuyến mãi</source>
        <translation>Sale price</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/variants_table.py" line="37"/>
        <source>Mã vạch</source>
        <translation>Barcode</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <location filename="../../app/catalog/io/columns.py" line="16"/>
        <location filename="../../app/ui/catalog/product_model.py" line="27"/>
        <source>Tên sản phẩm</source>
        <translation>Product name</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/columns.py" line="20"/>
        <location filename="../../app/ui/catalog/product_model.py" line="28"/>
        <source>Mã SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/columns.py" line="24"/>
        <source>Mã sản phẩm cha</source>
        <translation>Parent product code</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/columns.py" line="28"/>
        <source>Giá bán</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/columns.py" line="32"/>
        <source>Giá khuyến mãi</source>
        <translation>Sale price</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/columns.py" line="36"/>
        <location filename="../../app/ui/catalog/product_model.py" line="30"/>
        <source>Tồn kho</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/columns.py" line="40"/>
        <source>Mô tả</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/columns.py" line="44"/>
        <source>Danh mục</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/columns.py" line="47"/>
        <location filename="../../app/ui/catalog/product_model.py" line="31"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/columns.py" line="48"/>
        <source>Nhãn</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/columns.py" line="49"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/columns.py" line="50"/>
        <source>Mã vạch</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/columns.py" line="52"/>
        <source>Tên lựa chọn 1</source>
        <translation>Option 1 name</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/columns.py" line="56"/>
        <source>Lựa chọn 1</source>
        <translation>Option 1</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/columns.py" line="67"/>
        <source>Tên lựa chọn 2</source>
        <translation>Option 2 name</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/columns.py" line="71"/>
        <source>Lựa chọn 2</source>
        <translation>Option 2</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/columns.py" line="82"/>
        <source>Cân nặng (g)</source>
        <translation>Weight (g)</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/columns.py" line="86"/>
        <source>Dài (cm)</source>
        <translation>Length (cm)</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/columns.py" line="90"/>
        <source>Rộng (cm)</source>
        <translation>Width (cm)</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/columns.py" line="94"/>
        <source>Cao (cm)</source>
        <translation>Height (cm)</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/columns.py" line="98"/>
        <source>Ảnh (tên tệp)</source>
        <translation>Photos (file names)</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/columns.py" line="120"/>
        <source>Hiện ở gian hàng xã</source>
        <translation>Show in commune showcase</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/importer.py" line="123"/>
        <source>thiếu giá bán.</source>
        <translation>the price is missing.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/importer.py" line="131"/>
        <source>giá “%1” không đọc được; hãy ghi số không âm như 150000 hoặc 150k.</source>
        <translation>the price “%1” could not be read; write a number of 0 or more, like 150000 or 150k.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/importer.py" line="147"/>
        <source>cột %1: “%2” không phải số hợp lệ.</source>
        <translation>column %1: “%2” is not a valid number.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/importer.py" line="163"/>
        <source>trạng thái “%1” không rõ (dùng: đang bán, nháp, ngừng bán).</source>
        <translation>the status “%1” is not recognised (use: đang bán, nháp, ngừng bán — or active, draft, archived).</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/importer.py" line="177"/>
        <source>thiếu tên sản phẩm.</source>
        <translation>the product name is missing.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/importer.py" line="207"/>
        <source>Bảng tính thiếu cột bắt buộc: %1. Hãy chọn cột tương ứng ở bước ghép cột.</source>
        <translation>The spreadsheet is missing required columns: %1. Choose the matching columns in the column-matching step.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/importer.py" line="244"/>
        <source>mã SKU %1 trùng với dòng %2.</source>
        <translation>SKU %1 is the same as on row %2.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/importer.py" line="331"/>
        <source>Bảng tính có %1 dòng lỗi nên chưa nhập gì. Hãy sửa các dòng đó, hoặc chọn chỉ nhập các dòng đúng.</source>
        <translation>Nothing was imported because the spreadsheet has rows with errors (%1). Fix those rows, or choose to import only the correct rows.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/importer.py" line="390"/>
        <source>Dòng %1: %2 Ảnh này đã thay đổi sau bước kiểm tra nên chưa nhập gì. Hãy kiểm tra lại rồi nhập lại.</source>
        <translation>Row %1: %2 This photo changed after the check, so nothing was imported. Check it and import again.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/marketplace_export.py" line="37"/>
        <source>%1 sản phẩm chưa đạt yêu cầu của sàn; chưa xuất gì. Hãy sửa theo danh sách.</source>
        <translation>Nothing was exported because some products do not meet the marketplace rules yet (%1). Fix them using the list.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/tables.py" line="42"/>
        <source>Không đọc được bảng tính %1. Hãy mở nó bằng Excel, lưu lại dạng .xlsx hoặc .csv rồi thử lại.</source>
        <translation>Cannot read the spreadsheet %1. Open it in Excel, save it again as .xlsx or .csv, then try again.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/tables.py" line="151"/>
        <source>Tệp %1 không phải bảng tính .xlsx hoặc .csv.</source>
        <translation>The file %1 is not an .xlsx or .csv spreadsheet.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/marketplace_rules.py" line="59"/>
        <source>tên có %1 ký tự, cần ít nhất %2.</source>
        <translation>the name has %1 characters; it needs at least %2.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/marketplace_rules.py" line="67"/>
        <source>tên có %1 ký tự, tối đa %2.</source>
        <translation>the name has %1 characters; the most allowed is %2.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/marketplace_rules.py" line="76"/>
        <source>mô tả có %1 ký tự, tối đa %2.</source>
        <translation>the description has %1 characters; the most allowed is %2.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/marketplace_rules.py" line="83"/>
        <source>cần ít nhất %1 ảnh.</source>
        <translation>needs at least %1 photos.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/marketplace_rules.py" line="87"/>
        <source>có %1 ảnh, sàn nhận tối đa %2 (ảnh thừa sẽ bị bỏ).</source>
        <translation>has %1 photos; the marketplace takes at most %2 (the extra photos will be left out).</translation>
    </message>
    <message>
        <location filename="../../app/catalog/marketplace_rules.py" line="96"/>
        <source>ảnh %1 nặng %2 MB, tối đa %3 MB (dùng “Chuẩn bị ảnh cho sàn”).</source>
        <translation>photo %1 is %2 MB; the most allowed is %3 MB (use “Prepare photos for marketplaces”).</translation>
    </message>
    <message>
        <location filename="../../app/catalog/marketplace_rules.py" line="109"/>
        <source>ảnh %1 nhỏ quá (%2 px), cần ít nhất %3 px.</source>
        <translation>photo %1 is too small (%2 px); it needs at least %3 px.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/marketplace_rules.py" line="119"/>
        <source>ảnh %1 lớn quá (%2 px), tối đa %3 px.</source>
        <translation>photo %1 is too large (%2 px); the most allowed is %3 px.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/marketplace_rules.py" line="131"/>
        <source>SKU %1: giá %2 thấp hơn mức tối thiểu %3.</source>
        <translation>SKU %1: the price %2 is below the minimum of %3.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/marketplace_rules.py" line="140"/>
        <source>SKU %1: giá %2 cao hơn mức tối đa %3.</source>
        <translation>SKU %1: the price %2 is above the maximum of %3.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/marketplace_rules.py" line="148"/>
        <source>SKU %1 dài hơn %2 ký tự.</source>
        <translation>SKU %1 is longer than %2 characters.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/marketplace_rules.py" line="153"/>
        <source>có %1 phân loại, tối đa %2.</source>
        <translation>has %1 variants; the most allowed is %2.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/marketplace_rules.py" line="160"/>
        <source>chưa có cân nặng (sàn bắt buộc để tính phí ship).</source>
        <translation>has no weight yet (the marketplace needs it to work out the shipping fee).</translation>
    </message>
    <message>
        <location filename="../../app/catalog/marketplace_rules.py" line="168"/>
        <source>video %1 dài %2 giây, sàn nhận %3–%4 giây.</source>
        <translation>video %1 is %2 seconds long; the marketplace accepts %3–%4 seconds.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/marketplace_rules.py" line="178"/>
        <source>video %1 nặng %2 MB, tối đa %3 MB.</source>
        <translation>video %1 is %2 MB; the most allowed is %3 MB.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/photos.py" line="79"/>
        <source>%1: không phải tệp ảnh (chỉ nhận JPG, PNG, WebP, HEIC).</source>
        <translation>%1: this is not a photo file (only JPG, PNG, WebP and HEIC are accepted).</translation>
    </message>
    <message>
        <location filename="../../app/catalog/photos.py" line="84"/>
        <source>%1: máy này chưa đọc được ảnh HEIC. Hãy chuyển sang JPG trên điện thoại.</source>
        <translation>%1: this computer cannot read HEIC photos yet. Please change the photo to JPG on your phone.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/photos.py" line="93"/>
        <source>%1: không mở được tệp.</source>
        <translation>%1: the file could not be opened.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/photos.py" line="95"/>
        <source>%1: tệp rỗng.</source>
        <translation>%1: the file is empty.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/photos.py" line="98"/>
        <source>%1: ảnh quá lớn (%2 MB, tối đa %3 MB). Hãy chụp lại hoặc thu nhỏ ảnh.</source>
        <translation>%1: the photo is too large (%2 MB, the most allowed is %3 MB). Take it again or make it smaller.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/photos.py" line="109"/>
        <source>%1: tệp không phải ảnh hoặc ảnh bị hỏng, không thêm được.</source>
        <translation>%1: the file is not a photo or the photo is damaged, so it could not be added.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/product_data.py" line="63"/>
        <source>Hãy nhập tên sản phẩm.</source>
        <translation>Please type a product name.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/product_data.py" line="68"/>
        <source>Tên dài quá %1 ký tự, hãy rút gọn.</source>
        <translation>The name is longer than %1 characters; please shorten it.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/product_data.py" line="73"/>
        <source>Trạng thái không hợp lệ.</source>
        <translation>The status is not valid.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/product_data.py" line="77"/>
        <source>Số đo không được âm.</source>
        <translation>Measurements cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/product_data.py" line="82"/>
        <source>Hãy đặt tên lựa chọn 1 trước lựa chọn 2.</source>
        <translation>Please name option 1 before option 2.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/product_data.py" line="92"/>
        <source>Giá phải từ 0 đến 10 tỷ đồng.</source>
        <translation>The price must be between 0 and 10 billion VND.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/product_data.py" line="100"/>
        <source>Giá khuyến mãi không được âm.</source>
        <translation>The sale price cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/product_data.py" line="107"/>
        <source>Giá khuyến mãi phải thấp hơn giá bán.</source>
        <translation>The sale price must be lower than the price.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/product_data.py" line="115"/>
        <source>Mã SKU dài quá %1 ký tự.</source>
        <translation>The SKU is longer than %1 characters.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/product_data.py" line="124"/>
        <source>Mã SKU %1 bị trùng với dòng %2.</source>
        <translation>SKU %1 is the same as on row %2.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/product_data.py" line="135"/>
        <source>Hai phân loại giống hệt nhau; hãy đổi kích thước hoặc màu.</source>
        <translation>Two variants are exactly the same; please change the size or the colour.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/products.py" line="105"/>
        <source>Mã SKU %1 đã dùng cho sản phẩm khác. Hãy đổi mã khác.</source>
        <translation>SKU %1 is already used by another product. Please choose a different SKU.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/stock.py" line="26"/>
        <source>Nhập hàng</source>
        <translation>Stock received</translation>
    </message>
    <message>
        <location filename="../../app/catalog/stock.py" line="27"/>
        <source>Bán</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../../app/catalog/stock.py" line="28"/>
        <source>Điều chỉnh</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <location filename="../../app/catalog/stock.py" line="29"/>
        <source>Khách trả</source>
        <translation>Customer return</translation>
    </message>
    <message>
        <location filename="../../app/catalog/stock.py" line="64"/>
        <source>Số lượng phải khác 0.</source>
        <translation>The quantity cannot be 0.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_model.py" line="29"/>
        <source>Giá</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_model.py" line="34"/>
        <source>Đang bán</source>
        <translation>On sale</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_model.py" line="35"/>
        <source>Nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_model.py" line="36"/>
        <source>Ngừng bán</source>
        <translation>No longer sold</translation>
    </message>
    <message>
        <location filename="../../app/catalog/barcodes.py" line="77"/>
        <source>“%1”: mã “%2” có ký tự không in được thành mã vạch Code 128 (chỉ dùng chữ không dấu, số và dấu - . /). Hãy đổi mã SKU.</source>
        <translation>“%1”: code “%2” has characters Code 128 cannot print (use unaccented letters, digits and - . / only). Change the SKU.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/barcodes.py" line="103"/>
        <source>“%1” chưa có mã vạch EAN-13. Hãy nhập mã vạch cho sản phẩm, hoặc chọn in mã Code 128 theo SKU.</source>
        <translation>“%1” has no EAN-13 barcode. Enter the product&apos;s barcode, or choose to print Code 128 of the SKU.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/barcodes.py" line="112"/>
        <source>“%1”: mã vạch %2 sai số kiểm tra (chữ số cuối) của EAN-13; tem in mã Code 128 của SKU %3. Hãy sửa mã vạch nếu muốn in EAN-13.</source>
        <translation>“%1”: barcode %2 has a wrong EAN-13 check digit (the last digit); the label prints Code 128 of SKU %3. Fix the barcode if you want EAN-13.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/barcodes.py" line="129"/>
        <source>“%1”: mã vạch %2 không phải EAN-13 hợp lệ (cần 13 chữ số, chữ số cuối là số kiểm tra). Hãy sửa mã vạch, hoặc chọn “Tự chọn” để in mã Code 128 của SKU.</source>
        <translation>“%1”: barcode %2 is not a valid EAN-13 (13 digits, the last one a check digit). Fix the barcode, or choose “Automatic” to print Code 128 of the SKU.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/categories.py" line="62"/>
        <source>Danh mục này không còn nữa (có thể vừa bị xoá). Hãy mở lại danh sách.</source>
        <translation>This category no longer exists (it may have just been deleted). Open the list again.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/categories.py" line="159"/>
        <source>Hãy nhập tên danh mục.</source>
        <translation>Enter a category name.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/categories.py" line="162"/>
        <source>Tên danh mục dài quá %1 ký tự, hãy rút gọn.</source>
        <translation>The category name is longer than %1 characters; shorten it.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/categories.py" line="168"/>
        <source>Đã có danh mục “%1”. Nếu muốn gộp hai danh mục, hãy dùng “Gộp vào”.</source>
        <translation>Category “%1” already exists. To merge two categories, use “Merge into”.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/categories.py" line="185"/>
        <source>Hãy chọn một danh mục khác để gộp vào.</source>
        <translation>Choose another category to merge into.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/categories.py" line="203"/>
        <source>Danh mục “%1” giữ các sản phẩm chưa có danh mục nên không xoá được khi còn sản phẩm. Hãy chuyển các sản phẩm sang danh mục khác trước.</source>
        <translation>Category “%1” holds the products without a category, so it can&apos;t be deleted while it has products. Move them to another category first.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/categories.py" line="242"/>
        <source>Không hoàn tác được: đã có danh mục khác tên “%1”.</source>
        <translation>Can&apos;t undo: another category is already named “%1”.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/sheet_photos.py" line="91"/>
        <source>ảnh “%1” là đường link: không tải được khi không có mạng — thêm ảnh sau.</source>
        <translation>photo “%1” is a web link: it can&apos;t be downloaded without a network — add the photo later.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/sheet_photos.py" line="104"/>
        <source>ảnh “%1”: không biết bảng tính nằm ở thư mục nào; hãy ghi đường dẫn đầy đủ.</source>
        <translation>photo “%1”: the spreadsheet&apos;s folder is unknown; write the full path.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/sheet_photos.py" line="118"/>
        <source>“%1” là một thư mục, không phải tệp ảnh. Hãy ghi tên từng tệp ảnh trong thư mục đó.</source>
        <translation>“%1” is a folder, not a photo file. Write the name of each photo file in that folder.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/sheet_photos.py" line="130"/>
        <source>không tìm thấy ảnh “%1” trong thư mục %2. Hãy kiểm tra tên tệp (từng dấu tiếng Việt, khoảng trắng, đuôi .jpg/.png) hoặc chép ảnh vào cùng thư mục với bảng tính.</source>
        <translation>photo “%1” not found in folder %2. Check the file name (each Vietnamese accent, spaces, the .jpg/.png ending) or copy the photo into the spreadsheet&apos;s folder.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/label_paint.py" line="99"/>
        <source>Mã của %1 quá dài cho tem %2 mm: vạch sẽ quá mảnh, máy quét không đọc được. Hãy chọn khổ tem rộng hơn hoặc rút ngắn mã SKU.</source>
        <translation>The code of %1 is too long for a %2 mm label: the bars would be too thin for a scanner. Choose a wider label or shorten the SKU.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/labels.py" line="91"/>
        <source>Không có khổ tem “%1”. Các khổ tem có sẵn: %2.</source>
        <translation>There is no label sheet “%1”. Sheets available: %2.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/labels.py" line="149"/>
        <source>Không tìm thấy sản phẩm có mã SKU: %1. Hãy kiểm tra lại mã.</source>
        <translation>No product with SKU: %1. Check the code.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/labels.py" line="157"/>
        <source>Số tem cho %1 phải từ 1 đến %2.</source>
        <translation>Labels for %1 must be from 1 to %2.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/labels.py" line="190"/>
        <source>Chưa chọn sản phẩm nào để in tem.</source>
        <translation>No products chosen for labels.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/labels.py" line="193"/>
        <source>Số tem bỏ qua phải từ 0 đến %1.</source>
        <translation>Labels to skip must be from 0 to %1.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/labels.py" line="201"/>
        <source>Không có thư mục %1 để lưu tệp PDF. Hãy chọn thư mục khác.</source>
        <translation>Folder %1 does not exist for saving the PDF. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/labels.py" line="252"/>
        <source>Không ghi được tệp %1. Hãy chọn thư mục khác (ví dụ Tài liệu) hoặc đóng tệp nếu nó đang mở trong chương trình đọc PDF.</source>
        <translation>Could not write %1. Choose another folder (e.g. Documents) or close the file if a PDF reader has it open.</translation>
    </message>
    <message>
        <location filename="../../app/sync/catalog_cli.py" line="42"/>
        <source>Không có sản phẩm nào mang mã SKU %1. Hãy kiểm tra lại mã.</source>
        <translation>No product has SKU %1. Check the code.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/errors.py" line="55"/>
        <source>Ổ đĩa đã đầy, không lưu được. Hãy xoá bớt tệp (ví dụ video cũ) rồi thử lại. Dữ liệu đã có vẫn an toàn.</source>
        <translation>The disk is full, so nothing could be saved. Delete some files (old videos, for example) and try again. Your existing data is safe.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="69"/>
        <source>Không ghi được vào thư mục dữ liệu %1. Hãy chọn thư mục khác (tuỳ chọn --data-dir) hoặc nhờ người quản lý máy cấp quyền ghi.</source>
        <translation>Cannot write to the data folder %1. Choose another folder (option --data-dir) or ask whoever manages this PC for write access.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="84"/>
        <source>Cơ sở dữ liệu đang bận (có thể ứng dụng đang mở ở cửa sổ khác). Hãy đợi một chút rồi thử lại.</source>
        <translation>The database is busy (the app may be open in another window). Wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="97"/>
        <source>Tệp dữ liệu %1 bị hỏng. Tệp hỏng được giữ nguyên; bạn có thể mở bản sao lưu gần nhất.</source>
        <translation>The data file %1 is damaged. The damaged file is kept as it is; you can open the latest backup.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="112"/>
        <source>Dữ liệu %1 được tạo bởi phiên bản mới hơn của Làng Nghề Studio. Hãy cài phiên bản mới nhất; dữ liệu không bị thay đổi.</source>
        <translation>The data in %1 was made by a newer version of Làng Nghề Studio. Install the latest version; the data has not been changed.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="127"/>
        <source>Không đọc được tệp %1. Hãy kiểm tra tệp còn nguyên và đúng loại, rồi thử lại.</source>
        <translation>Cannot read the file %1. Check that the file is complete and of the right kind, then try again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialogs.py" line="26"/>
        <source>Có vấn đề</source>
        <translation>There is a problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialogs.py" line="33"/>
        <source>Lỗi không mong muốn</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialogs.py" line="35"/>
        <source>Ứng dụng gặp lỗi ngoài dự kiến. Dữ liệu đã lưu vẫn an toàn. Hãy chụp màn hình này gửi cho người hỗ trợ, rồi thử lại.</source>
        <translation>The app ran into an unexpected error. Your saved data is safe. Take a screenshot of this and send it to your helper, then try again.</translation>
    </message>
</context>
<context>
    <name>hub</name>
    <message>
        <location filename="../../app/hub/problems.py" line="26"/>
        <source>Máy này chưa đăng nhập vào máy chủ, hoặc đã bị thu hồi quyền. Hãy đăng nhập lại bằng mật khẩu chủ cửa hàng.</source>
        <translation>This PC is not signed in to the hub, or its access was withdrawn. Sign in again with the shop owner&apos;s password.</translation>
    </message>
    <message>
        <location filename="../../app/hub/problems.py" line="32"/>
        <source>Máy này chỉ được dùng dữ liệu của cửa hàng đã đăng nhập.</source>
        <translation>This PC may only use the data of the shop it is signed in to.</translation>
    </message>
    <message>
        <location filename="../../app/hub/problems.py" line="37"/>
        <source>Cần đăng nhập bằng tài khoản quản trị của xã.</source>
        <translation>Sign in with the commune&apos;s admin account.</translation>
    </message>
    <message>
        <location filename="../../app/hub/problems.py" line="43"/>
        <source>Tên cửa hàng hoặc mật khẩu không đúng. Hãy kiểm tra lại (chú ý chữ hoa, chữ thường).</source>
        <translation>The shop name or password is wrong. Check them again (capital and small letters matter).</translation>
    </message>
    <message>
        <location filename="../../app/hub/problems.py" line="48"/>
        <source>Đăng nhập sai quá nhiều lần. Hãy đợi vài phút rồi thử lại.</source>
        <translation>Too many wrong sign-in attempts. Wait a few minutes and try again.</translation>
    </message>
    <message>
        <location filename="../../app/hub/problems.py" line="54"/>
        <source>Tên đăng nhập này đã có cửa hàng khác dùng. Hãy chọn tên khác.</source>
        <translation>Another shop already uses this sign-in name. Choose a different one.</translation>
    </message>
    <message>
        <location filename="../../app/hub/problems.py" line="59"/>
        <source>Không tìm thấy thứ được yêu cầu trên máy chủ.</source>
        <translation>The hub could not find what was asked for.</translation>
    </message>
    <message>
        <location filename="../../app/hub/problems.py" line="65"/>
        <source>Đồng hồ của máy tính này đang chạy nhanh hơn máy chủ khoảng %1 giây. Hãy chỉnh lại ngày giờ của máy tính này (bật &quot;Đặt giờ tự động&quot;) rồi đồng bộ lại. Chưa có thay đổi nào được gửi đi.</source>
        <translation>This PC&apos;s clock is about %1 seconds ahead of the hub. Correct this PC&apos;s date and time (turn on &quot;Set time automatically&quot;) and sync again. No changes have been sent yet.</translation>
    </message>
    <message>
        <location filename="../../app/hub/problems.py" line="72"/>
        <source>Thay đổi mang mã của máy khác. Hãy đăng nhập lại máy này rồi đồng bộ lại.</source>
        <translation>These changes carry another PC&apos;s id. Sign this PC in again and sync again.</translation>
    </message>
    <message>
        <location filename="../../app/hub/problems.py" line="78"/>
        <source>Một giá trị quá lớn để đồng bộ. Ảnh và video được gửi riêng, không nằm trong dữ liệu.</source>
        <translation>One value is too large to sync. Photos and videos are sent separately, not inside the data.</translation>
    </message>
    <message>
        <location filename="../../app/hub/problems.py" line="84"/>
        <source>Gói dữ liệu quá lớn. Hãy gửi thành nhiều gói nhỏ hơn (tối đa %1 thay đổi mỗi gói).</source>
        <translation>The batch is too large. Send it as several smaller batches (at most %1 changes each).</translation>
    </message>
    <message>
        <location filename="../../app/hub/problems.py" line="90"/>
        <source>Yêu cầu gửi lên quá lớn (tối đa %1 byte). Hãy chia nhỏ rồi gửi lại.</source>
        <translation>The request is too large (at most %1 bytes). Split it up and send it again.</translation>
    </message>
    <message>
        <location filename="../../app/hub/problems.py" line="97"/>
        <source>Máy chủ của xã đang dùng phiên bản cũ hơn ứng dụng này. Hãy báo người quản lý máy chủ cập nhật Làng Nghề Studio trên máy chủ.</source>
        <translation>The commune hub runs an older version than this app. Ask the hub&apos;s manager to update Làng Nghề Studio on the hub.</translation>
    </message>
    <message>
        <location filename="../../app/hub/problems.py" line="100"/>
        <source>Ứng dụng này đã cũ so với máy chủ. Hãy cập nhật Làng Nghề Studio lên phiên bản mới nhất rồi đồng bộ lại. Dữ liệu trên máy vẫn an toàn.</source>
        <translation>This app is older than the hub. Update Làng Nghề Studio to the latest version and sync again. The data on this PC is safe.</translation>
    </message>
    <message>
        <location filename="../../app/hub/problems.py" line="108"/>
        <source>Dữ liệu gửi lên không phải JSON hợp lệ.</source>
        <translation>The data sent is not valid JSON.</translation>
    </message>
    <message>
        <location filename="../../app/hub/problems.py" line="113"/>
        <source>Dữ liệu gửi lên sai dạng. Hãy cập nhật ứng dụng; nếu vẫn lỗi, báo người quản lý máy chủ.</source>
        <translation>The data sent has the wrong form. Update the app; if it still fails, tell the hub&apos;s manager.</translation>
    </message>
    <message>
        <location filename="../../app/hub/problems.py" line="119"/>
        <source>Tệp gửi lên bị hỏng dọc đường (mã kiểm tra không khớp). Tệp chưa được lưu; hãy gửi lại.</source>
        <translation>The uploaded file was damaged on the way (its checksum does not match). It was not saved; send it again.</translation>
    </message>
    <message>
        <location filename="../../app/hub/problems.py" line="124"/>
        <source>Phần tệp gửi lên không nối tiếp phần đã nhận. Hãy tiếp tục từ vị trí máy chủ báo.</source>
        <translation>This piece of the file does not follow the part already received. Continue from the position the hub reports.</translation>
    </message>
    <message>
        <location filename="../../app/hub/problems.py" line="130"/>
        <source>Đoạn tệp yêu cầu nằm ngoài kích thước tệp.</source>
        <translation>The requested part lies outside the file.</translation>
    </message>
    <message>
        <location filename="../../app/hub/problems.py" line="136"/>
        <source>Địa chỉ này không nhận kiểu yêu cầu đó.</source>
        <translation>This address does not accept that kind of request.</translation>
    </message>
</context>
<context>
    <name>rehearsal</name>
    <message>
        <location filename="../../app/rehearsal/errors.py" line="39"/>
        <source>Không tìm thấy kịch bản livestream %1. Hãy xem danh sách bằng lệnh “rehearsal plan list”.</source>
        <translation>Run of show %1 not found. See the list with “rehearsal plan list”.</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/errors.py" line="54"/>
        <source>Không tìm thấy buổi tập %1. Hãy kiểm tra lại mã buổi tập.</source>
        <translation>Practice %1 not found. Check the practice id.</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/errors.py" line="68"/>
        <source>Không có sản phẩm nào có mã %1 trong cửa hàng. Hãy kiểm tra mã SKU.</source>
        <translation>The shop has no product with code %1. Check the SKU.</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/errors.py" line="82"/>
        <source>Hãy chọn ít nhất một sản phẩm cho kịch bản livestream.</source>
        <translation>Choose at least one product for the run of show.</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/errors.py" line="91"/>
        <source>Hãy đặt tên cho kịch bản livestream.</source>
        <translation>Give the run of show a name.</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/errors.py" line="99"/>
        <source>Không tìm thấy video %1 để dùng thay camera. Hãy chọn một tệp video có sẵn.</source>
        <translation>Video %1 to use as the camera was not found. Choose an existing video file.</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/errors.py" line="113"/>
        <source>Tệp kịch bản thao tác %1 không đúng dạng (%2). Cần một danh sách như [{&quot;at&quot;: 8.0, &quot;do&quot;: &quot;next&quot;}, {&quot;at&quot;: 24, &quot;do&quot;: &quot;stop&quot;}].</source>
        <translation>Action script %1 is not in the right form (%2). It needs a list like [{&quot;at&quot;: 8.0, &quot;do&quot;: &quot;next&quot;}, {&quot;at&quot;: 24, &quot;do&quot;: &quot;stop&quot;}].</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/errors.py" line="128"/>
        <source>Ổ đĩa đã đầy nên việc ghi hình đã dừng. Phần đã ghi vẫn được giữ và xem lại được. Hãy xoá bớt tệp cũ trước buổi tập sau.</source>
        <translation>The disk is full, so recording stopped. What was recorded is kept and can be watched. Delete old files before the next practice.</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/errors.py" line="142"/>
        <source>Mất tín hiệu camera. Phần đã ghi vẫn được giữ; buổi tập vẫn chạy tiếp (kịch bản, đồng hồ và bình luận).</source>
        <translation>Camera signal lost. What was recorded is kept; the practice goes on (script, timers and comments).</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/plan_model.py" line="15"/>
        <location filename="../../app/rehearsal/report.py" line="39"/>
        <source>sản phẩm đã bị xoá</source>
        <translation>product deleted</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/plan_model.py" line="16"/>
        <source>Mở đầu</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/plan_model.py" line="17"/>
        <source>Kết thúc</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/report.py" line="22"/>
        <source>Báo cáo buổi tập livestream</source>
        <translation>Livestream practice report</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/report.py" line="23"/>
        <source>Kịch bản</source>
        <translation>Run of show</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/report.py" line="24"/>
        <source>Ngày tập</source>
        <translation>Practice date</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/report.py" line="25"/>
        <source>Thời lượng</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/report.py" line="26"/>
        <source>So với lần trước</source>
        <translation>Compared with last time</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/report.py" line="27"/>
        <source>Lần tập đầu tiên của kịch bản này.</source>
        <translation>First practice of this run of show.</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/report.py" line="28"/>
        <source>Sản phẩm</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/report.py" line="29"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/report.py" line="30"/>
        <source>Thời gian (giây)</source>
        <translation>Time (s)</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/report.py" line="31"/>
        <source>Mục tiêu (giây)</source>
        <translation>Target (s)</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/report.py" line="32"/>
        <source>Thời gian nói</source>
        <translation>Speaking time</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/report.py" line="33"/>
        <source>Im lặng dài nhất (giây)</source>
        <translation>Longest silence (s)</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/report.py" line="34"/>
        <source>Bình luận: trả lời / bỏ lỡ</source>
        <translation>Comments: answered / missed</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/report.py" line="35"/>
        <source>Flash sale</source>
        <translation>Flash sale</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/report.py" line="36"/>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/report.py" line="37"/>
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/report.py" line="38"/>
        <source>Cả buổi (kể cả mở đầu và kết thúc)</source>
        <translation>Whole live (with opening and closing)</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/report.py" line="40"/>
        <source>Thời gian mỗi sản phẩm so với mục tiêu</source>
        <translation>Time per product against its target</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/report.py" line="41"/>
        <source>Cột màu: thời gian đã dùng (đỏ khi quá mục tiêu); vạch đen: mục tiêu.</source>
        <translation>Bar: time used (red when over target); black line: target.</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/report.py" line="44"/>
        <source>Im lặng = âm lượng dưới %1 dBFS liên tục từ %2 giây trở lên (đo mỗi 50 ms); bình luận bỏ lỡ = không trả lời trong %3 giây hoặc đã chuyển sản phẩm.</source>
        <translation>Silence = level below %1 dBFS for %2 seconds or more (measured every 50 ms); missed comment = not answered within %3 seconds or before switching product.</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/report.py" line="49"/>
        <source>Buổi tập bị ngắt giữa chừng; số liệu tính đến lúc ngắt.</source>
        <translation>The practice was interrupted; figures run up to the interruption.</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/review.py" line="327"/>
        <source>nhanh hơn %1 s</source>
        <translation>%1 s faster</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/review.py" line="329"/>
        <source>chậm hơn %1 s</source>
        <translation>%1 s slower</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/review.py" line="331"/>
        <source>thời gian như lần trước</source>
        <translation>same time as last time</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/review.py" line="333"/>
        <source>trả lời thêm %1 câu</source>
        <translation>%1 more answers</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/review.py" line="336"/>
        <source>trả lời ít hơn %1 câu</source>
        <translation>%1 fewer answers</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/review.py" line="340"/>
        <source>trả lời số câu như lần trước</source>
        <translation>as many answers as last time</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/script_prefill.py" line="20"/>
        <source>giới thiệu</source>
        <translation>introduction</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/script_prefill.py" line="21"/>
        <source>cho xem sản phẩm</source>
        <translation>show the product</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/script_prefill.py" line="22"/>
        <source>giá và khuyến mãi</source>
        <translation>price and promotion</translation>
    </message>
    <message>
        <location filename="../../app/rehearsal/script_prefill.py" line="23"/>
        <source>kêu gọi đặt hàng</source>
        <translation>call to order</translation>
    </message>
</context>
<context>
    <name>rooms</name>
    <message>
        <location filename="../../app/ui/shell/rooms.py" line="38"/>
        <source>Sản phẩm</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rooms.py" line="40"/>
        <source>Danh mục sản phẩm của nhà mình</source>
        <translation>Your shop&apos;s product catalog</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rooms.py" line="41"/>
        <source>Ghi lại từng sản phẩm: tên, kích thước, màu, giá bán, số hàng còn trong kho, ảnh và video. Tìm nhanh bằng cách gõ không dấu, nhập từ Excel và xuất ra mẫu đăng hàng loạt của Shopee, TikTok Shop.</source>
        <translation>Keep every product: name, size, colour, price, stock on hand, photos and videos. Find things fast by typing without accents, import from Excel and export Shopee and TikTok Shop bulk-upload files.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rooms.py" line="52"/>
        <source>Cắt video</source>
        <translation>Cut video</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rooms.py" line="54"/>
        <source>Cắt video sản phẩm</source>
        <translation>Cut product videos</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rooms.py" line="55"/>
        <source>Mở video quay bằng điện thoại, chọn đoạn hay, cắt giữ nguyên tiếng, thêm tên và giá, rồi xuất đúng khổ dọc 9:16 và đúng dung lượng cho Shopee, TikTok Shop, Reels.</source>
        <translation>Open a video from your phone, pick the good parts, cut them with the sound kept, add the name and price, and export in vertical 9:16 at the right size for Shopee, TikTok Shop and Reels.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rooms.py" line="65"/>
        <source>Tập livestream</source>
        <translation>Live practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rooms.py" line="67"/>
        <source>Phòng tập livestream</source>
        <translation>Livestream rehearsal room</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rooms.py" line="68"/>
        <source>Tập một buổi bán hàng trực tiếp khi không có mạng: xem camera, đọc kịch bản chạy chữ, bấm giờ từng sản phẩm, trả lời câu hỏi tập, ghi hình lại để xem và cắt thành video cho từng sản phẩm.</source>
        <translation>Practise a live sale with no network: camera preview, a scrolling script, a timer per product, practice viewer questions, and a recording to review and cut into one video per product.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rooms.py" line="79"/>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rooms.py" line="81"/>
        <source>Đồng bộ với máy chủ của xã</source>
        <translation>Sync with the commune hub</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/rooms.py" line="82"/>
        <source>Khi có mạng, gửi và nhận thay đổi với máy chủ (hub) của xã để các máy trong nhà dùng chung một danh mục. Không có mạng vẫn làm việc bình thường; không sửa đổi nào bị mất.</source>
        <translation>When the network is there, send and receive changes with the commune hub so every PC in the household shares one catalog. Without a network everything still works; no edit is ever lost.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../app/ui/application.py" line="150"/>
        <source>Không có bản sao lưu nào. Hãy nhờ người hỗ trợ kiểm tra tệp dữ liệu.</source>
        <translation>There is no backup. Ask your helper to check the data file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialogs.py" line="70"/>
        <source>Mở bản sao lưu gần nhất (%1)?</source>
        <translation>Open the latest backup (%1)?</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialogs.py" line="76"/>
        <source>Mở bản sao lưu</source>
        <translation>Open the backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/error_dialogs.py" line="79"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../app/sync/account.py" line="48"/>
        <source>Còn %1 thay đổi chưa gửi lên máy chủ. Hãy đồng bộ trước khi xoá dữ liệu khỏi máy này.</source>
        <translation>%1 changes have not been sent to the server yet. Sync before deleting the data from this PC.</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="25"/>
        <source>Máy này chưa đăng nhập cửa hàng nào. Hãy đăng nhập trong phòng Đồng bộ.</source>
        <translation>This PC is not signed in to a shop. Sign in in the Sync room.</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="37"/>
        <source>Máy này đã bị đăng xuất khỏi cửa hàng. Hãy đăng nhập lại.</source>
        <translation>This PC was signed out of the shop. Sign in again.</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="49"/>
        <source>Máy chủ cần phiên bản ứng dụng mới hơn. Hãy cập nhật ứng dụng.</source>
        <translation>The server needs a newer version of the app. Update the app.</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="69"/>
        <source>Đồng hồ máy này đang chạy nhanh hơn máy chủ — hãy chỉnh lại ngày giờ của máy rồi bấm “Đồng bộ ngay”. Những gì đã sửa vẫn được giữ trên máy, chưa mất gì.</source>
        <translation>This PC&apos;s clock is ahead of the hub — set this PC&apos;s date and time, then press “Sync now”. Your edits are kept on this PC; nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="77"/>
        <source>Đồng hồ máy này nhanh hơn máy chủ %1 phút — hãy chỉnh lại ngày giờ của máy rồi bấm “Đồng bộ ngay”. Những gì đã sửa vẫn được giữ trên máy, chưa mất gì.</source>
        <translation>This PC&apos;s clock is %1 minutes ahead of the hub — set this PC&apos;s date and time, then press “Sync now”. Your edits are kept on this PC; nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="85"/>
        <source>Đồng hồ máy này nhanh hơn máy chủ %1 giờ — hãy chỉnh lại ngày giờ của máy rồi bấm “Đồng bộ ngay”. Những gì đã sửa vẫn được giữ trên máy, chưa mất gì.</source>
        <translation>This PC&apos;s clock is %1 hours ahead of the hub — set this PC&apos;s date and time, then press “Sync now”. Your edits are kept on this PC; nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="91"/>
        <source>Đồng hồ máy này nhanh hơn máy chủ %1 ngày — hãy chỉnh lại ngày giờ của máy rồi bấm “Đồng bộ ngay”. Những gì đã sửa vẫn được giữ trên máy, chưa mất gì.</source>
        <translation>This PC&apos;s clock is %1 days ahead of the hub — set this PC&apos;s date and time, then press “Sync now”. Your edits are kept on this PC; nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="104"/>
        <source>Chưa kết nối được máy chủ, sẽ thử lại.</source>
        <translation>Could not reach the server yet; will try again.</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="112"/>
        <source>Tên đăng nhập hoặc mật khẩu chưa đúng. Hãy kiểm tra và nhập lại.</source>
        <translation>The sign-in name or password is not right. Check and type them again.</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="125"/>
        <source>Máy chủ từ chối: %1</source>
        <translation>The server refused: %1</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="140"/>
        <source>Máy này đang đăng nhập vào một cửa hàng khác. Hãy đăng xuất rồi đăng nhập đúng cửa hàng.</source>
        <translation>This PC is signed in to another shop. Sign out, then sign in to the right shop.</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="159"/>
        <source>Đã thử quá nhiều lần. Hãy đợi khoảng %1 phút rồi thử lại.</source>
        <translation>Too many tries. Wait about %1 minutes, then try again.</translation>
    </message>
    <message>
        <location filename="../../app/sync/resolve.py" line="24"/>
        <source>Không tìm thấy xung đột số %1 (có thể đã được giải quyết).</source>
        <translation>Conflict number %1 not found (it may have been settled already).</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/work.py" line="14"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/work.py" line="15"/>
        <source>Giá</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/work.py" line="16"/>
        <source>Mô tả</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/work.py" line="17"/>
        <source>Giá khuyến mãi</source>
        <translation>Sale price</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/work.py" line="18"/>
        <source>Hiện trên trang giới thiệu</source>
        <translation>Shown on the showcase page</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/work.py" line="19"/>
        <source>Đã xoá</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/work.py" line="20"/>
        <source>Mã SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/work.py" line="21"/>
        <source>Thẻ</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/work.py" line="22"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/work.py" line="23"/>
        <source>Kiểm kho</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/work.py" line="25"/>
        <source>Hai máy cùng tạo mã SKU</source>
        <translation>Same SKU created on two PCs</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/work.py" line="58"/>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/work.py" line="60"/>
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/sync/sync_process.py" line="58"/>
        <source>Đồng bộ bị dừng giữa chừng. Dữ liệu trên máy vẫn còn nguyên, không gửi hay nhận gì hai lần; hãy bấm “Đồng bộ ngay” để làm tiếp.</source>
        <translation>The sync stopped half-way. The data on this PC is intact and nothing is sent or received twice; click “Sync now” to carry on.</translation>
    </message>
</context>
<context>
    <name>video</name>
    <message>
        <location filename="../../app/video/errors.py" line="20"/>
        <source>Không tìm thấy tệp %1.</source>
        <translation>Cannot find the file %1.</translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="25"/>
        <source>Tệp %1 trống (0 byte). Hãy chép lại video từ điện thoại.</source>
        <translation>The file %1 is empty (0 bytes). Copy the video from your phone again.</translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="31"/>
        <source>Tệp %1 không phải video đọc được (hỏng, chép dở hoặc sai loại). Hãy chép lại video từ điện thoại rồi thử lại.</source>
        <translation>The file %1 is not a video that can be read (it may be damaged, only partly copied, or the wrong kind of file). Copy the video from your phone again, then try again.</translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="43"/>
        <source>Tệp %1 chỉ có âm thanh, không có hình. Hãy chọn một tệp video.</source>
        <translation>The file %1 has only sound and no picture. Please choose a video file.</translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="52"/>
        <source>Không hiểu mốc thời gian &quot;%1&quot;. Viết theo giây (12.5) hoặc phút:giây (1:05.250).</source>
        <translation>Cannot understand the time &quot;%1&quot;. Write it in seconds (12.5) or minutes:seconds (1:05.250).</translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="62"/>
        <source>Đoạn cắt &quot;%1&quot; không hợp lệ. Viết BẮT_ĐẦU-KẾT_THÚC, ví dụ 3.5-12 hoặc 0:03-0:12.</source>
        <translation>The part to cut &quot;%1&quot; is not valid. Write START-END, for example 3.5-12 or 0:03-0:12.</translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="71"/>
        <source>Chưa chọn đoạn nào để cắt.</source>
        <translation>No part of the video has been chosen to cut yet.</translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="76"/>
        <source>Đoạn %1–%2 nằm ngoài video (video dài %3 giây). Hãy chọn lại mốc.</source>
        <translation>The part %1–%2 is outside the video (the video is %3 seconds long). Please choose the times again.</translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="87"/>
        <source>Đoạn %1–%2 có điểm kết thúc không sau điểm bắt đầu. Hãy chọn lại mốc.</source>
        <translation>In the part %1–%2 the end is not after the start. Please choose the times again.</translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="97"/>
        <source>Hai đoạn %1 và %2 chồng lên nhau. Hãy sắp các đoạn theo thứ tự, không trùng nhau.</source>
        <translation>The parts %1 and %2 overlap. Put the parts in order so that they do not overlap.</translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="108"/>
        <source>Không ghi được tệp %1. Hãy chọn thư mục khác mà bạn có quyền ghi.</source>
        <translation>Cannot save the file %1. Choose another folder that you are allowed to save in.</translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="118"/>
        <source>Tệp kết quả %1 trùng với video gốc. Hãy đặt tên khác để giữ video gốc.</source>
        <translation>The new file %1 would replace the original video. Choose a different name so the original is kept.</translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="127"/>
        <source>Không có mẫu xuất &quot;%1&quot;. Các mẫu có sẵn: %2.</source>
        <translation>There is no export preset &quot;%1&quot;. Available presets: %2.</translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="133"/>
        <source>Không có nền tảng &quot;%1&quot;. Các nền tảng có sẵn: %2.</source>
        <translation>There is no platform &quot;%1&quot;. Available platforms: %2.</translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="139"/>
        <source>%1 cần mã hoá lại hình. Hãy chọn chế độ cắt chính xác (exact) hoặc thông minh (smart).</source>
        <translation>%1 needs the picture to be re-encoded. Choose the precise cutting mode (exact) or the smart one (smart).</translation>
    </message>
    <message>
        <location filename="../../app/video/errors.py" line="148"/>
        <source>Video chưa hợp với %1: %2</source>
        <translation>The video does not fit %1 yet: %2</translation>
    </message>
</context>
</TS>
