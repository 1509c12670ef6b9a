"""The public commune showcase renders products pushed by different shops."""

from __future__ import annotations

import hashlib
import io
import uuid

from PIL import Image


def _photo(color: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (32, 32), color).save(buffer, "JPEG")
    return buffer.getvalue()


def _publish(
    shop, row_id: str, tag: str, *, photo: bytes | None = None, show: bool = True, **fields
) -> None:
    changes = [shop.set("product", row_id, "show_in_showcase", show)]
    changes += [shop.set("product", row_id, key, value) for key, value in fields.items()]
    if photo is not None:
        digest = hashlib.sha256(photo).hexdigest()
        with shop.hub.client() as client:
            client.put(shop.url(f"/blobs/{digest}/upload"), headers=shop.headers, content=photo)
            assert client.post(shop.url(f"/blobs/{digest}/complete"), headers=shop.headers,
                               json={"size": len(photo)}).status_code == 200  # fmt: skip
        changes.append(shop.set("product", row_id, "main_photo", digest))
    assert shop.push(changes).status_code == 200


def test_products_of_two_shops_appear_with_photo_price_and_contact(new_shop):
    tag = uuid.uuid4().hex[:8]
    hats = new_shop(
        f"Nón lá Chuông {tag}", contact="0912 000 111", craft="Nón lá", address="Thanh Oai, Hà Nội"
    )
    rattan = new_shop(f"Mây tre Phú Vinh {tag}", contact="0987 654 321", craft="Mây tre đan")
    hat_photo = _photo("yellow")
    _publish(
        hats, "p1", tag, photo=hat_photo, name=f"Nón lá bài thơ {tag}", price=150000, category="Nón"
    )
    _publish(rattan, "r1", tag, name=f"Giỏ mây đan {tag}", price=1250000, category="Giỏ")
    _publish(rattan, "r2", tag, show=False, name=f"Hàng chưa công bố {tag}", price=1)
    _publish(rattan, "r3", tag, name=f"<script>alert(1)</script>{tag}", price=5)
    rattan.push([{"table": "product", "row_id": "r3", "op": "delete", "hlc": rattan.stamp()}])

    with hats.hub.client() as client:
        page = client.get("/showcase")
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        html = page.text
        for expected in (f"Nón lá bài thơ {tag}", "150.000 ₫", f"Nón lá Chuông {tag}", "0912 000 111",
                         f"Giỏ mây đan {tag}", "1.250.000 ₫", f"Mây tre Phú Vinh {tag}", "0987 654 321"):  # fmt: skip
            assert expected in html
        assert f"Hàng chưa công bố {tag}" not in html
        assert "<script>alert" not in html  # deleted, and would be escaped anyway
        assert 'lang="vi"' in html and 'name="viewport"' in html

        digest = hashlib.sha256(hat_photo).hexdigest()
        assert f"/showcase/photos/{digest}" in html
        photo = client.get(f"/showcase/photos/{digest}")
        assert photo.status_code == 200 and photo.content == hat_photo
        assert photo.headers["content-type"] == "image/jpeg"

        unaccented = client.get("/showcase", params={"q": f"non la bai tho {tag}"}).text
        assert f"Nón lá bài thơ {tag}" in unaccented and f"Giỏ mây đan {tag}" not in unaccented
        by_craft = client.get("/showcase.json", params={"craft": "may tre dan", "q": tag}).json()
        assert [item["name"] for item in by_craft["items"]] == [f"Giỏ mây đan {tag}"]
        by_category = client.get("/showcase.json", params={"category": "Nón", "q": tag}).json()
        [item] = by_category["items"]
        assert item["price"] == 150000 and item["shop_name"] == f"Nón lá Chuông {tag}"
        assert (
            item["photo_url"] == f"/showcase/photos/{digest}" and item["contact"] == "0912 000 111"
        )


def test_only_photos_of_published_products_are_public(new_shop):
    shop = new_shop()
    secret = _photo("red")
    digest = hashlib.sha256(secret).hexdigest()
    _publish(shop, "hidden", "x", photo=secret, show=False, name="Riêng tư")
    with shop.hub.client() as client:
        assert client.get(f"/showcase/photos/{digest}").status_code == 404
    _publish(shop, "hidden", "x", show=True)
    with shop.hub.client() as client:
        assert client.get(f"/showcase/photos/{digest}").status_code == 200


def test_text_in_products_is_escaped(new_shop):
    shop = new_shop('Nhà "A" <b>')
    tag = uuid.uuid4().hex[:8]
    _publish(shop, "x1", tag, name=f"<img src=x onerror=alert(1)> {tag}", category='"><script>')
    with shop.hub.client() as client:
        html = client.get("/showcase").text
    assert "<img src=x" not in html and "<script>" not in html and "&lt;img src=x" in html


def test_a_hub_with_nothing_published_says_so_under_the_communes_name(tmp_path):
    from tests.hub.conftest import create_shop, sign_in, start_hub

    hub, cleanup = start_hub(tmp_path, "sqlite", ["--commune-name", "xã Phú Vinh"])
    try:
        with hub.client() as client:
            html = client.get("/showcase").text
        assert "<title>Sản phẩm làng nghề xã Phú Vinh</title>" in html
        assert "<h1>Sản phẩm làng nghề xã Phú Vinh</h1>" in html
        assert "Chưa có cơ sở nào giới thiệu sản phẩm" in html
        assert "Không có sản phẩm nào phù hợp" not in html

        shop = sign_in(hub, create_shop(hub, "Nón lá Chuông", contact="Chị Lan +84 912.000.111"))
        _publish(shop, "p1", "x", name="Nón lá bài thơ", price=150000)
        with hub.client() as client:
            html = client.get("/showcase").text
            searched = client.get("/showcase", params={"q": "khong co gi"}).text
        assert "Chưa có cơ sở nào" not in html
        assert 'href="tel:0912000111"' in html and 'href="https://zalo.me/0912000111"' in html
        assert "Không có sản phẩm nào phù hợp" in searched
    finally:
        cleanup()


def test_phone_numbers_are_found_in_free_text_contacts():
    from app.hub.showcase_page import phone_number

    assert phone_number("0912 000 111") == "0912000111"
    assert phone_number("Chị Lan: 0987.654.321 (Zalo)") == "0987654321"
    assert phone_number("+84 912 345 678") == "0912345678"
    assert phone_number("Hỏi ở chợ Chuông") is None
