"""A realistic demo shop for classes and first runs: nets, rattan, conical hats, mother-of-pearl.

Running it twice adds nothing the second time (products are recognised by SKU).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.catalog.demo_photos import jpeg_bytes
from app.catalog.product_data import ProductData, VariantData
from app.catalog.products import ensure_category, save_product, taken_skus
from app.catalog.skus import compact
from app.catalog.stock import add_movement
from app.progress import CancelToken, ProgressFn, check, report
from app.store.media import MediaStore
from app.store.models import MediaLink

NET_SIZES = [("1m2×2m", 120_000), ("1m6×2m", 150_000), ("1m8×2m", 170_000), ("2m2×2m", 210_000)]


@dataclass(frozen=True)
class DemoProduct:
    category: str
    name: str
    code: str
    description: str
    picture: tuple[str, str]  # drawing, colour
    weight_g: int
    size_cm: tuple[float, float, float]
    option1_name: str = ""
    option1: tuple[tuple[str, int], ...] = ()
    option2_name: str = ""
    option2: tuple[str, ...] = ()
    price: int = 0
    tags: str = ""


DEMO: tuple[DemoProduct, ...] = (
    DemoProduct(
        "Màn tuyn",
        "Màn tuyn chống muỗi cao cấp",
        "MTCM",
        "Màn tuyn sợi polyester mịn, chống muỗi tốt, giặt máy được. Làng nghề Thanh Thùy.",
        ("net", "#e9f1fb"),
        800,
        (30, 20, 10),
        "Kích thước",
        tuple(NET_SIZES),
        "Màu",
        ("Trắng", "Xanh dương", "Hồng"),
        tags="màn, mùng, chống muỗi",
    ),
    DemoProduct(
        "Màn tuyn",
        "Màn khung không khoan tường",
        "MKKK",
        "Màn khung inox gấp gọn, không cần khoan tường, lắp trong 5 phút.",
        ("net", "#dff0e6"),
        3500,
        (110, 15, 15),
        "Kích thước",
        (("1m6×2m", 390_000), ("1m8×2m", 430_000), ("2m×2m2", 480_000)),
        tags="màn khung, mùng",
    ),
    DemoProduct(
        "Màn tuyn",
        "Màn chụp tự bung cho bé gấp gọn",
        "MCTB",
        "Màn chụp gấp gọn như chiếc ô, cho bé ngủ trưa không bị muỗi đốt.",
        ("net", "#fde3ec"),
        450,
        (40, 40, 8),
        "Màu",
        (("Hồng", 95_000), ("Xanh", 95_000)),
        tags="em bé, chống muỗi",
    ),
    DemoProduct(
        "Mây tre đan",
        "Giỏ mây đan tay có nắp đựng đồ",
        "GMDT",
        "Giỏ mây tự nhiên đan tay, đựng đồ đa năng, có nắp đậy. Làng Phú Vinh.",
        ("basket", "#c9a06a"),
        600,
        (30, 30, 25),
        "Kích thước",
        (("Nhỏ 20cm", 85_000), ("Vừa 28cm", 125_000), ("Lớn 35cm", 165_000)),
        tags="giỏ mây, đựng đồ",
    ),
    DemoProduct(
        "Mây tre đan",
        "Làn mây đi chợ quai da bò dáng vintage",
        "LMDC",
        "Làn mây đan mắt cáo, quai da bò, dáng vintage.",
        ("basket", "#b98b52"),
        700,
        (35, 20, 25),
        price=245_000,
        tags="làn, túi mây",
    ),
    DemoProduct(
        "Mây tre đan",
        "Đèn mây thả trần phòng khách",
        "DMTT",
        "Chụp đèn mây tre đan, ánh sáng ấm, kèm đui và dây 1m.",
        ("lantern", "#d8b27a"),
        900,
        (40, 40, 35),
        "Đường kính",
        (("30cm", 280_000), ("40cm", 360_000), ("50cm", 450_000)),
        tags="đèn, trang trí",
    ),
    DemoProduct(
        "Mây tre đan",
        "Khay mây tròn đựng bánh kẹo",
        "KMTR",
        "Khay mây tròn có quai, đựng bánh kẹo ngày Tết.",
        ("basket", "#e0bd85"),
        300,
        (32, 32, 6),
        price=75_000,
        tags="khay, Tết",
    ),
    DemoProduct(
        "Nón lá",
        "Nón lá bài thơ Huế hai lớp làm quà",
        "NLBT",
        "Nón lá hai lớp, giữa có lồng bài thơ và tranh, soi lên nắng mới thấy.",
        ("hat", "#efe3bd"),
        250,
        (45, 45, 20),
        price=120_000,
        tags="nón, quà Huế",
    ),
    DemoProduct(
        "Nón lá",
        "Nón lá vẽ hoa sen quai lụa làm quà",
        "NLVH",
        "Nón lá vẽ tay hoa sen, quai lụa, làm quà tặng khách nước ngoài.",
        ("hat", "#f5e7c6"),
        260,
        (45, 45, 20),
        "Quai",
        (("Lụa đỏ", 150_000), ("Lụa xanh", 150_000)),
        tags="nón, quà tặng",
    ),
    DemoProduct(
        "Nón lá",
        "Nón lá mini trang trí treo tường 15cm",
        "NLMI",
        "Nón lá nhỏ 15cm treo tường, trang trí quán cà phê.",
        ("hat", "#f0deb0"),
        60,
        (16, 16, 6),
        price=25_000,
        tags="trang trí",
    ),
    DemoProduct(
        "Khảm trai",
        "Hộp khảm trai đựng trang sức",
        "HKTS",
        "Hộp gỗ sơn mài khảm xà cừ, lót nhung, làng Chuôn Ngọ.",
        ("inlay", "#3b2416"),
        500,
        (20, 15, 8),
        "Kích thước",
        (("15×10cm", 320_000), ("20×15cm", 450_000)),
        tags="khảm xà cừ, quà tặng",
    ),
    DemoProduct(
        "Khảm trai",
        "Tranh khảm trai Vịnh Hạ Long",
        "TKHL",
        "Tranh gỗ khảm trai cảnh Vịnh Hạ Long, khung 40×60cm.",
        ("inlay", "#24160d"),
        2500,
        (60, 40, 3),
        price=1_850_000,
        tags="tranh, xà cừ",
    ),
    DemoProduct(
        "Khảm trai",
        "Đũa gỗ mun khảm trai hộp quà 10 đôi",
        "DKTR",
        "Đũa gỗ mun khảm trai đầu đũa, hộp quà 10 đôi.",
        ("inlay", "#402a1b"),
        400,
        (30, 10, 5),
        price=280_000,
        tags="đũa, quà Tết",
    ),
    DemoProduct(
        "Đèn lồng",
        "Đèn lồng tre Hội An bọc lụa gấp gọn",
        "DLHA",
        "Đèn lồng khung tre bọc lụa, gấp gọn, kèm đui đèn.",
        ("lantern", "#c0392b"),
        300,
        (30, 30, 10),
        "Màu",
        (("Đỏ", 90_000), ("Vàng", 90_000), ("Xanh lá", 95_000)),
        tags="đèn, Hội An, Tết",
    ),
)


def _variants(item: DemoProduct) -> list[VariantData]:
    first = item.option1 or (("", item.price),)
    second = item.option2 or ("",)
    variants = []
    for option1, price in first:
        for index, option2 in enumerate(second):
            code = "-".join(part for part in (item.code, _code(option1), _code(option2)) if part)
            variants.append(
                VariantData(sku=code, price=price + index * 5_000, option1=option1, option2=option2)
            )
    return variants


def _code(option: str) -> str:
    return compact(option, 10)


def load_demo(
    session: Session,
    store: MediaStore,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> int:
    """Add the demo products that are not there yet; returns how many were added."""
    taken = taken_skus(session)
    added = 0
    for number, item in enumerate(DEMO):
        check(cancel)
        report(progress, number / len(DEMO), item.name)
        variants = _variants(item)
        if variants[0].sku.upper() in taken:
            continue
        length, width, height = item.size_cm
        data = ProductData(
            name=item.name,
            description=item.description,
            status="active",
            tags=item.tags,
            unit="cái",
            weight_g=item.weight_g,
            length_cm=length,
            width_cm=width,
            height_cm=height,
            show_in_showcase=number % 2 == 0,
            option1_name=item.option1_name if item.option1 else "",
            option2_name=item.option2_name if item.option2 else "",
            variants=variants,
            category_id=ensure_category(session, item.category),
        )
        product_id = save_product(session, data, taken=taken)
        for index, variant in enumerate(data.variants):
            add_movement(
                session, variant.id, "received", 10 + (number * 7 + index * 3) % 25, "Hàng mẫu"
            )
            if index % 3 == 0:
                add_movement(session, variant.id, "sold", 1 + index % 4, "Bán livestream")
        blob = store.put_bytes(jpeg_bytes(*item.picture))
        session.add(
            MediaLink(
                product_id=product_id,
                sha256=blob.sha256,
                file_name=f"{item.code}.jpg",
                size_bytes=blob.size,
                width=480,
                height=480,
                is_main=True,
                position=0,
            )
        )
        added += 1
    session.flush()
    report(progress, 1.0, "")
    return added
