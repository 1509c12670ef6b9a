<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>CatalogEmptyState</name>
    <message>
        <location filename="../../app/ui/catalog/empty_state.py" line="26"/>
        <source>Cửa hàng chưa có sản phẩm nào</source>
        <translation>Your shop has no products yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/empty_state.py" line="32"/>
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
        <location filename="../../app/ui/catalog/room.py" line="52"/>
        <source>Tên A→Z</source>
        <translation>Name A→Z</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="53"/>
        <source>Tên Z→A</source>
        <translation>Name Z→A</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="54"/>
        <source>Giá thấp → cao</source>
        <translation>Price low → high</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="55"/>
        <source>Giá cao → thấp</source>
        <translation>Price high → low</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="56"/>
        <source>Mới sửa gần đây</source>
        <translation>Recently edited</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="59"/>
        <source>Mọi trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="60"/>
        <source>Đang bán</source>
        <translation>On sale</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="61"/>
        <source>Nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="62"/>
        <source>Ngừng bán</source>
        <translation>No longer sold</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="103"/>
        <source>Tìm sản phẩm: gõ có dấu hoặc không dấu, ví dụ “man tuyn”</source>
        <translation>Search products: type with or without Vietnamese accents, e.g. “man tuyn”</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="117"/>
        <source>Sắp hết hàng</source>
        <translation>Low stock</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="128"/>
        <source>Thêm sản phẩm</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="131"/>
        <source>Nhập từ Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="133"/>
        <source>Xuất ra Excel / Shopee / TikTok</source>
        <translation>Export to Excel / Shopee / TikTok</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="135"/>
        <source>Danh sách</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="136"/>
        <source>Lưới ảnh</source>
        <translation>Photo grid</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="208"/>
        <source>Mọi danh mục</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="235"/>
        <source>%1 sản phẩm</source>
        <translation>Products: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/room.py" line="301"/>
        <source>Đang tạo cửa hàng mẫu…</source>
        <translation>Creating the sample shop…</translation>
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
        <location filename="../../app/ui/catalog/import_wizard.py" line="79"/>
        <source>Chọn bảng tính</source>
        <translation>Choose a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="79"/>
        <source>Bảng tính (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="92"/>
        <source>Đang đọc bảng tính…</source>
        <translation>Reading the spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="107"/>
        <source>Ghép mỗi cột trong tệp với thông tin sản phẩm (cột không cần thì để “Bỏ qua”).</source>
        <translation>Match each column in the file to a product detail (leave columns you don&apos;t need as “Skip”).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="114"/>
        <source>Cột trong tệp</source>
        <translation>Column in file</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="114"/>
        <source>Ví dụ</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="114"/>
        <source>Là thông tin</source>
        <translation>Use as</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="119"/>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="121"/>
        <source>Kiểm tra dữ liệu</source>
        <translation>Check data</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="141"/>
        <source>— Bỏ qua —</source>
        <translation>— Skip —</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="167"/>
        <source>Còn thiếu cột bắt buộc: %1.</source>
        <translation>Required columns still missing: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="187"/>
        <source>Đang kiểm tra từng dòng…</source>
        <translation>Checking each row…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="203"/>
        <source>Chỉ nhập khi mọi dòng đều đúng</source>
        <translation>Import only if every row is correct</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="204"/>
        <source>Nhập các dòng đúng, bỏ qua các dòng lỗi</source>
        <translation>Import the correct rows and skip rows with errors</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="209"/>
        <source>Quay lại ghép cột</source>
        <translation>Back to column matching</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="211"/>
        <source>Nhập vào cửa hàng</source>
        <translation>Import into shop</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="224"/>
        <source>%1 dòng: %2 sản phẩm mới, %3 sản phẩm sẽ được cập nhật theo mã SKU, %4 dòng lỗi.</source>
        <translation>Rows: %1. New products: %2. Products to be updated by SKU: %3. Rows with errors: %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="232"/>
        <source>Dòng %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="237"/>
        <source>Không có dòng lỗi.</source>
        <translation>No rows with errors.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="258"/>
        <source>Đang nhập sản phẩm…</source>
        <translation>Importing products…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/import_wizard.py" line="264"/>
        <source>Đã nhập: %1 sản phẩm mới, %2 cập nhật.</source>
        <translation>Import done: %1 new products, %2 updated.</translation>
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
    <name>PhotoPanel</name>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="102"/>
        <source>Thêm ảnh…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="104"/>
        <source>Bỏ ảnh đang chọn</source>
        <translation>Remove selected photo</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="106"/>
        <source>Chuẩn bị ảnh cho sàn…</source>
        <translation>Prepare photos for marketplaces…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="108"/>
        <source>Tạo bản sao vuông, nền trắng, ≥ 800 px, ≤ 2 MB; ảnh gốc giữ nguyên.</source>
        <translation>Makes square copies with a white background, ≥ 800 px, ≤ 2 MB; your original photos stay unchanged.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="111"/>
        <source>Gắn video…</source>
        <translation>Attach video…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="113"/>
        <source>Gắn một video sản phẩm đã cắt (MP4/MOV) vào sản phẩm này.</source>
        <translation>Attach a product video that you have already cut (MP4/MOV) to this product.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="129"/>
        <source>Lưu sản phẩm trước, rồi thêm ảnh.</source>
        <translation>Save the product first, then add photos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="133"/>
        <source>Kéo thả ảnh hoặc cả thư mục ảnh từ điện thoại vào đây. Ảnh đầu tiên là ảnh chính; kéo để đổi thứ tự.</source>
        <translation>Drag photos, or a whole folder of photos from your phone, and drop them here. The first photo is the main one; drag photos to change the order.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="147"/>
        <source>Video đã gắn: %1</source>
        <translation>Attached videos: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="184"/>
        <source>Chọn video sản phẩm</source>
        <translation>Choose a product video</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="184"/>
        <source>Video (*.mp4 *.mov *.m4v)</source>
        <translation>Videos (*.mp4 *.mov *.m4v)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="216"/>
        <source>Đang gắn video…</source>
        <translation>Attaching the video…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="224"/>
        <source>Chọn ảnh</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="224"/>
        <source>Ảnh (*.jpg *.jpeg *.png *.webp *.heic *.heif)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="246"/>
        <source>Đang thêm ảnh…</source>
        <translation>Adding photos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="260"/>
        <source>… và %1 tệp khác.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="263"/>
        <source>Một số tệp không thêm được</source>
        <translation>Some files could not be added</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="264"/>
        <source>Đã thêm %1 ảnh. Các tệp sau không thêm được:</source>
        <translation>Photos added: %1. These files could not be added:</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="334"/>
        <source>Lưu ảnh cho sàn vào thư mục</source>
        <translation>Choose a folder for the marketplace photos</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="361"/>
        <source>Đang chuẩn bị ảnh cho sàn…</source>
        <translation>Preparing photos for marketplaces…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/photo_strip.py" line="368"/>
        <source>Đổi thứ tự ảnh</source>
        <translation>Change photo order</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="86"/>
        <source>Thông tin</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="97"/>
        <location filename="../../app/ui/catalog/editor.py" line="215"/>
        <source>Thêm phân loại</source>
        <translation>Add variant</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="99"/>
        <source>Xoá phân loại đang chọn</source>
        <translation>Delete selected variant</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="105"/>
        <source>Phân loại và giá</source>
        <translation>Variants and prices</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="108"/>
        <source>Ảnh</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="110"/>
        <source>Kho hàng</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="113"/>
        <location filename="../../app/ui/catalog/editor.py" line="136"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="117"/>
        <location filename="../../app/ui/catalog/editor.py" line="138"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="121"/>
        <source>Lưu sản phẩm</source>
        <translation>Save product</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="125"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="130"/>
        <location filename="../../app/ui/catalog/editor.py" line="422"/>
        <source>Xoá sản phẩm</source>
        <translation>Delete product</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="168"/>
        <source>Sửa thông tin sản phẩm</source>
        <translation>Edit product details</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="174"/>
        <source>Sửa phân loại</source>
        <translation>Edit variant</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="227"/>
        <source>Xoá phân loại</source>
        <translation>Delete variant</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="264"/>
        <source>Đã khôi phục phần bạn đang gõ dở lần trước. Bấm “Lưu sản phẩm” để giữ lại.</source>
        <translation>What you were typing last time has been brought back. Click “Save product” to keep it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="337"/>
        <source>Dòng %1: giá không đọc được; hãy gõ như 150000, 150k hoặc 1,5tr.</source>
        <translation>Row %1: the price could not be read. Type it like 150000, 150k or 1.5tr (1.5 million).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="398"/>
        <source>Đang lưu sản phẩm</source>
        <translation>Saving product</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/editor.py" line="424"/>
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
        <source>Hiện ở gian hàng chung của xã</source>
        <translation>Show in the commune&apos;s shared showcase</translation>
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
        <location filename="../../app/ui/shell/settings_dialog.py" line="30"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="31"/>
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
    <name>StockPanel</name>
    <message>
        <location filename="../../app/ui/catalog/stock_panel.py" line="44"/>
        <source>Ghi chú (không bắt buộc)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/stock_panel.py" line="45"/>
        <source>Thêm biến động kho</source>
        <translation>Add stock change</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/stock_panel.py" line="54"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/stock_panel.py" line="55"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/stock_panel.py" line="56"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/stock_panel.py" line="57"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/stock_panel.py" line="58"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/stock_panel.py" line="73"/>
        <source>Lưu sản phẩm trước, rồi ghi nhập/bán hàng.</source>
        <translation>Save the product first, then record stock coming in and sales.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/stock_panel.py" line="84"/>
        <source>Còn trong kho: %1</source>
        <translation>In stock: %1</translation>
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
        <location filename="../../app/ui/catalog/product_model.py" line="29"/>
        <source>Tên sản phẩm</source>
        <translation>Product name</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/columns.py" line="20"/>
        <location filename="../../app/ui/catalog/product_model.py" line="30"/>
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
        <location filename="../../app/ui/catalog/product_model.py" line="32"/>
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
        <location filename="../../app/ui/catalog/product_model.py" line="33"/>
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
        <source>Hiện ở gian hàng xã</source>
        <translation>Show in commune showcase</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/importer.py" line="106"/>
        <source>thiếu giá bán.</source>
        <translation>the price is missing.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/importer.py" line="114"/>
        <source>giá “%1” không đọc được; hãy ghi số không âm như 150000 hoặc 150k.</source>
        <translation>the price “%1” could not be read; write a number of 0 or more, like 150000 or 150k.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/importer.py" line="130"/>
        <source>cột %1: “%2” không phải số hợp lệ.</source>
        <translation>column %1: “%2” is not a valid number.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/importer.py" line="146"/>
        <source>trạng thái “%1” không rõ (dùng: đang bán, nháp, ngừng bán).</source>
        <translation>the status “%1” is not recognised (use: đang bán, nháp, ngừng bán — or active, draft, archived).</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/importer.py" line="160"/>
        <source>thiếu tên sản phẩm.</source>
        <translation>the product name is missing.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/importer.py" line="190"/>
        <source>Bảng tính thiếu cột bắt buộc: %1. Hãy chọn cột tương ứng ở bước ghép cột.</source>
        <translation>The spreadsheet is missing required columns: %1. Choose the matching columns in the column-matching step.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/importer.py" line="220"/>
        <source>mã SKU %1 trùng với dòng %2.</source>
        <translation>SKU %1 is the same as on row %2.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/importer.py" line="302"/>
        <source>Bảng tính có %1 dòng lỗi nên chưa nhập gì. Hãy sửa các dòng đó, hoặc chọn chỉ nhập các dòng đúng.</source>
        <translation>Nothing was imported because the spreadsheet has rows with errors (%1). Fix those rows, or choose to import only the correct rows.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/marketplace_export.py" line="37"/>
        <source>%1 sản phẩm chưa đạt yêu cầu của sàn; chưa xuất gì. Hãy sửa theo danh sách.</source>
        <translation>Nothing was exported because some products do not meet the marketplace rules yet (%1). Fix them using the list.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/tables.py" line="41"/>
        <source>Không đọc được bảng tính %1. Hãy mở nó bằng Excel, lưu lại dạng .xlsx hoặc .csv rồi thử lại.</source>
        <translation>Cannot read the spreadsheet %1. Open it in Excel, save it again as .xlsx or .csv, then try again.</translation>
    </message>
    <message>
        <location filename="../../app/catalog/io/tables.py" line="150"/>
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
        <location filename="../../app/ui/catalog/product_model.py" line="31"/>
        <source>Giá</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_model.py" line="36"/>
        <source>Đang bán</source>
        <translation>On sale</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_model.py" line="37"/>
        <source>Nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalog/product_model.py" line="38"/>
        <source>Ngừng bán</source>
        <translation>No longer sold</translation>
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
        <location filename="../../app/ui/application.py" line="108"/>
        <source>Không có bản sao lưu nào. Hãy nhờ người hỗ trợ kiểm tra tệp dữ liệu.</source>
        <translation>There is no backup. Ask your helper to check the data file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="119"/>
        <source>Mở bản sao lưu gần nhất (%1)?</source>
        <translation>Open the latest backup (%1)?</translation>
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
