"""Review figures from markers (takes driven by a made-up clock, no recording), the
comparison with the previous take, editor segments, and the trainer's report."""

from __future__ import annotations

from PySide6.QtCore import QSize

from app.rehearsal.comments import load_bank
from app.rehearsal.report import write_html, write_pdf
from app.rehearsal.review import compare_with_previous, review_take
from app.rehearsal.session import TakeSession
from app.rehearsal.takes import MarkerWriter, finish_take, start_take


def _take(db, plan, steps, end, *, answer_all=False, pace=0.0):
    """Run a take on a made-up clock: ``steps`` is [(second, action)], stop at ``end``."""
    take_id = start_take(db.sessions, plan.id, source_kind="none")
    session = TakeSession(
        plan,
        bank=load_bank() if pace else None,
        pace_per_minute=pace,
        seed=5,
        on_marker=MarkerWriter(db.sessions, take_id),
    )
    session.start(0)
    clock = 0.0
    for second, action in steps:
        while clock < second:
            clock = min(second, clock + 0.25)
            session.tick(clock)
            if answer_all:
                while session.answer(clock):
                    pass
        getattr(session, action)(second)
    session.stop(end)
    finish_take(db.sessions, db.paths, take_id, duration_s=end, recording=None)
    return take_id


def test_per_product_seconds_flash_sale_and_segments(plan, shop):
    a1, a2 = plan.product_blocks
    take_id = _take(
        shop, plan, [(5, "next"), (20, "flash_sale"), (35, "next"), (50, "previous")], 62
    )
    review = review_take(shop.sessions, shop.paths, take_id)
    by_id = {b.block_id: b for b in review.products}
    assert by_id[a1.id].seconds == 30 + 12  # 5→35 then 50→62
    assert by_id[a2.id].seconds == 15
    assert by_id[a1.id].flash_sale and not by_id[a2.id].flash_sale and review.flash_sale
    assert by_id[a1.id].speaking_share is None  # nothing recorded
    assert review.duration_s == 62
    # One segment per product for the editor: its longest stay, labelled with code and name.
    assert review.segments() == [
        (5.0, 35.0, "A1 Đèn lồng tre Hội An", a1.product_id),
        (35.0, 50.0, "A2 Khay mây tròn đựng bánh kẹo", a2.product_id),
    ]
    report = review.to_json()
    assert list(report) == [
        "take_id", "plan_id", "duration_s", "recording", "products", "comments", "flash_sale",
    ]  # fmt: skip
    assert list(report["products"][0]) == [
        "sku", "name", "seconds", "target_seconds", "speaking_share", "longest_silence_s",
    ]  # fmt: skip
    assert report["recording"] is None
    kinds = [c.kind for c in review.chapters]
    assert kinds.count("block") == 4 and "flash_sale" in kinds  # opening, A1, A2, A1 again


def test_comparison_with_the_previous_take_of_the_same_plan(plan, shop):
    first = _take(shop, plan, [(10, "next"), (40, "next")], 100, pace=12)
    second = _take(shop, plan, [(5, "next"), (25, "next")], 60, pace=12, answer_all=True)
    first_review = review_take(shop.sessions, shop.paths, first)
    assert compare_with_previous(shop.sessions, shop.paths, first_review) is None
    review = review_take(shop.sessions, shop.paths, second)
    comparison = compare_with_previous(shop.sessions, shop.paths, review)
    assert comparison.previous_take_id == first
    more = review.comments.answered - first_review.comments.answered
    assert first_review.comments.answered == 0 and more > 0
    assert comparison.text() == f"nhanh hơn 40 s, trả lời thêm {more} câu"
    c = review.comments
    assert c.shown == c.answered + c.missed


def test_interrupted_take_without_stop_marker_ends_at_its_duration(plan, shop):
    take_id = start_take(shop.sessions, plan.id, source_kind="none")
    session = TakeSession(plan, on_marker=MarkerWriter(shop.sessions, take_id))
    session.start(0)
    session.next(4)  # then the PC lost power: no stop marker
    finish_take(
        shop.sessions, shop.paths, take_id, duration_s=9.5, recording=None, status="interrupted"
    )
    review = review_take(shop.sessions, shop.paths, take_id)
    assert review.status == "interrupted" and review.duration_s == 9.5
    assert review.products[0].seconds == 5.5


def test_trainer_report_html_and_one_page_pdf(plan, shop, tmp_path, qapp):
    take_id = _take(shop, plan, [(5, "next"), (9, "flash_sale"), (20, "next")], 30)
    review = review_take(shop.sessions, shop.paths, take_id)
    html_file = write_html(review, tmp_path / "bao-cao.html")
    page = html_file.read_text(encoding="utf-8")
    assert "<svg" in page and page.count("<rect") >= 4  # a bar and a target tick per product
    assert "Đèn lồng tre Hội An" in page and "Khay mây tròn đựng bánh kẹo" in page
    assert "-40 dBFS" in page and "Lần tập đầu tiên" in page
    pdf_file = write_pdf(review, tmp_path / "bao-cao.pdf")
    assert pdf_file.read_bytes().startswith(b"%PDF")
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(pdf_file))
    assert document.pageCount() == 1
    image = document.render(0, QSize(400, 566))
    assert not image.isNull()
