"""The showcase as one responsive Vietnamese HTML page (no JavaScript, no external assets)."""

from __future__ import annotations

import re
from html import escape
from urllib.parse import urlencode

from app.hub.showcase_data import ShowcaseItem
from app.text import fold

_STYLE = """
*{box-sizing:border-box}body{margin:0;font-family:system-ui,"Segoe UI",Roboto,Arial,sans-serif;
background:#faf7f2;color:#222}header{background:#7a3e12;color:#fff;padding:1rem}
h1{margin:0;font-size:1.5rem}form{display:flex;flex-wrap:wrap;gap:.5rem;padding:1rem}
input,select,button{font-size:1rem;padding:.5rem;border:1px solid #bbb;border-radius:6px}
input[type=search]{flex:1 1 16rem}button{background:#7a3e12;color:#fff;border:0}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:1rem;padding:0 1rem 2rem}
.card{background:#fff;border-radius:10px;box-shadow:0 1px 4px #0002;overflow:hidden;display:flex;
flex-direction:column}.card img,.nophoto{width:100%;aspect-ratio:1;object-fit:cover;background:#eee}
.nophoto{display:flex;align-items:center;justify-content:center;color:#888}
.call{display:inline-block;margin:.25rem .5rem 0 0;padding:.4rem .8rem;border-radius:6px;
background:#1b7a3a;color:#fff;text-decoration:none;font-weight:600}.call.zalo{background:#0068ff}
.empty{padding:2rem 1rem;font-size:1.2rem;color:#555}
.body{padding:.75rem}.name{font-weight:600;font-size:1.1rem}.price{color:#b3261e;font-size:1.2rem;
font-weight:700;margin:.25rem 0}.meta{color:#555;font-size:.9rem}.count{padding:0 1rem;color:#555}
@media (max-width:480px){.grid{grid-template-columns:1fr 1fr;gap:.5rem;padding:0 .5rem 1rem}}
"""


def _options(values: list[str], chosen: str, all_label: str) -> str:
    parts = [f'<option value="">{escape(all_label)}</option>']
    for value in values:
        selected = " selected" if fold(value) == fold(chosen) and chosen else ""
        parts.append(f'<option value="{escape(value)}"{selected}>{escape(value)}</option>')
    return "".join(parts)


# A Vietnamese phone number as people write it: 0912 345 678, 0912.345.678, +84 912 345 678.
_PHONE = re.compile(r"(?:\+?84|0)(?:[\s.\-]?\d){9,10}")


def phone_number(contact: str) -> str | None:
    """The first phone number in a free-text contact, as digits starting with 0."""
    match = _PHONE.search(contact or "")
    if match is None:
        return None
    digits = re.sub(r"\D", "", match.group())
    return "0" + digits[2:] if digits.startswith("84") else digits


def _contact(contact: str) -> str:
    """The contact line, with a tap-to-call and a Zalo link when it holds a phone number."""
    if not contact:
        return ""
    line = f'<div class="meta">Liên hệ: {escape(contact)}</div>'
    phone = phone_number(contact)
    if phone is None:
        return line
    return (
        f'{line}<div><a class="call" href="tel:{phone}">Gọi {escape(phone)}</a>'
        f'<a class="call zalo" href="https://zalo.me/{phone}">Nhắn Zalo</a></div>'
    )


def page_title(commune: str) -> str:
    commune = (commune or "").strip()
    return f"Sản phẩm làng nghề {commune}" if commune else "Sản phẩm làng nghề của xã"


def _card(item: ShowcaseItem) -> str:
    photo = (
        f'<img src="/showcase/photos/{escape(item.photo)}" alt="{escape(item.name)}" loading="lazy">'
        if item.photo else '<div class="nophoto">Chưa có ảnh</div>'
    )  # fmt: skip
    details = " · ".join(escape(x) for x in (item.category, item.craft) if x)
    contact = _contact(item.contact)
    address = f'<div class="meta">{escape(item.address)}</div>' if item.address else ""
    return (
        f'<article class="card">{photo}<div class="body"><div class="name">{escape(item.name)}</div>'
        f'<div class="price">{escape(item.price_text)}</div><div class="meta">{details}</div>'
        f'<div class="meta">Cơ sở: <strong>{escape(item.shop_name)}</strong></div>{contact}{address}</div></article>'
    )


def render_page(
    all_items: list[ShowcaseItem],
    shown: list[ShowcaseItem],
    query: str,
    category: str,
    craft: str,
    *,
    commune: str = "",
) -> str:
    categories = sorted({i.category for i in all_items if i.category}, key=fold)
    crafts = sorted({i.craft for i in all_items if i.craft}, key=fold)
    feed = "/showcase.json?" + urlencode({"q": query, "category": category, "craft": craft})
    title = escape(page_title(commune))
    if not all_items:  # nothing published yet is not the same as "your search found nothing"
        cards = (
            '<p class="empty">Chưa có cơ sở nào giới thiệu sản phẩm. Các hộ bật '
            "\u201cHiện trên trang giới thiệu của xã\u201d trong ứng dụng, sản phẩm sẽ hiện ở đây "
            "sau lần đồng bộ tới.</p>"
        )
    else:
        cards = (
            "".join(_card(item) for item in shown)
            or '<p class="count">Không có sản phẩm nào phù hợp.</p>'
        )
    return f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><style>{_STYLE}</style>
<link rel="alternate" type="application/json" href="{escape(feed)}"></head>
<body><header><h1>{title}</h1></header>
<form method="get" action="/showcase">
<input type="search" name="q" value="{escape(query)}" placeholder="Tìm sản phẩm, cơ sở... (gõ không dấu cũng được)">
<select name="category" aria-label="Loại hàng">{_options(categories, category, "Mọi loại hàng")}</select>
<select name="craft" aria-label="Nghề">{_options(crafts, craft, "Mọi nghề")}</select>
<button type="submit">Tìm</button></form>
<p class="count">{len(shown)} sản phẩm</p>
<main class="grid">{cards}</main></body></html>"""
