"""Practice comments: built from the product's own data, paced, the same for the same seed."""

from __future__ import annotations

import json

from rehearsal_testdata import LANTERN, NET, TRAY

from app.rehearsal.comments import BANK_PATH, CommentFeed, load_bank
from app.rehearsal.plans import create_plan, load_plan
from app.store.engine import session_scope


def _blocks(db, skus):
    with session_scope(db.sessions) as session:
        plan_id = create_plan(session, "Bình luận", skus)
        return load_plan(session, plan_id).blocks


def _all(feed: CommentFeed, until: float):
    return feed.due(until)


def test_bank_has_every_category_in_vietnamese():
    bank = load_bank()
    expected = {"price", "size", "colour", "material", "shipping", "returns", "order_code"}
    assert expected | {"greeting", "rude"} <= set(bank.categories)
    assert "ship COD không shop?" in bank.categories["shipping"].templates
    raw = json.loads(BANK_PATH.read_text(encoding="utf-8"))
    assert raw["authors"]


def test_comments_use_the_products_name_options_price_and_code(shop):
    net = _blocks(shop, [NET])[1]
    comments = _all(CommentFeed(net, load_bank(), pace_per_minute=60, seed=1), 600)
    texts = " | ".join(c.text for c in comments)
    assert len(comments) > 400
    assert {c.kind for c in comments} >= {"price", "size", "colour", "shipping", "order_code"}
    assert "A1 2m2×2m" in texts or "A1 1m6×2m" in texts  # code + a real size
    assert "màu Xanh dương" in texts or "màu Hồng" in texts  # a real colour
    assert "{" not in texts  # every template was filled


def test_a_product_without_options_gets_no_made_up_sizes_or_colours(shop):
    tray = _blocks(shop, [TRAY])[1]
    comments = _all(CommentFeed(tray, load_bank(), pace_per_minute=60, seed=2), 600)
    codes = {c.text for c in comments if c.kind == "order_code"}
    assert codes and codes <= {"A1", "A1 x2"}  # no "A1 size …" for a one-size product
    assert not [c for c in comments if "còn màu" in c.text or "còn không shop" in c.text]
    assert any("75.000 ₫" in c.text for c in comments)


def test_opening_block_gets_greetings_not_prices(shop):
    opening = _blocks(shop, [LANTERN])[0]
    kinds = {c.kind for c in _all(CommentFeed(opening, load_bank(), 60, seed=3), 300)}
    assert "greeting" in kinds and "price" not in kinds


def test_pace_first_comment_soon_and_same_seed_same_comments(shop):
    block = _blocks(shop, [LANTERN])[1]
    bank = load_bank()
    feed = CommentFeed(block, bank, pace_per_minute=6, seed=7, start_s=100.0)
    first = feed.due(104.0)
    assert len(first) == 1 and 100.0 < first[0].at_s <= 104.0
    rest = feed.due(100.0 + 600)
    assert 50 <= len(first + rest) <= 70  # 6 a minute for 10 minutes, give or take the jitter
    again = CommentFeed(block, bank, pace_per_minute=6, seed=7, start_s=100.0).due(700.0)
    assert [(c.text, c.at_s, c.author) for c in again] == [
        (c.text, c.at_s, c.author) for c in first + rest
    ]
    other = CommentFeed(block, bank, pace_per_minute=6, seed=8, start_s=100.0).due(700.0)
    assert [c.text for c in other] != [c.text for c in again]
    assert len({c.id for c in again}) == len(again)


def test_zero_pace_means_no_comments(shop):
    block = _blocks(shop, [LANTERN])[1]
    assert CommentFeed(block, load_bank(), pace_per_minute=0).due(3600) == []
