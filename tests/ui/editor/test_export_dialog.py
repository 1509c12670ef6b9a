"""The export dialog as a seller uses it: a too-long video offered the exact trim,
Huỷ half-way leaving no file, and one clip per segment named after the segments."""

from __future__ import annotations

import pytest

from app.video.synth import make_clip


def _dialog(room, qtbot):
    from app.ui.editor.export_dialog import ExportDialog

    dialog = ExportDialog(room, room)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_too_long_for_shopee_offers_the_trim_and_it_fits_after(room, qtbot, tmp_path):
    clip = make_clip(tmp_path / "long.mp4", duration=67.0, width=96, height=160, fps=10, gop=20)
    room.open_video(clip, segments=[(0.0, 30.0, "", None), (30.0, 67.0, "", None)])
    dialog = _dialog(room, qtbot)
    dialog.platform_box.setCurrentIndex(dialog.platform_box.findData("shopee"))
    dialog.update_state()
    assert "cắt bớt 7 giây" in dialog.problems.text()
    assert dialog.fix_button.isVisible()
    assert dialog.fix_button.text() == "Cắt bớt 7 giây"
    assert not dialog.export_button.isEnabled()
    dialog.fix_button.click()
    total = sum(b - a for a, b in room.segments())
    assert 59.0 < total <= 60.0
    assert dialog.problems.text() == ""
    assert dialog.export_button.isEnabled()
    room.undo_stack.undo()  # the trim is one undo step in the room
    assert sum(b - a for a, b in room.segments()) == pytest.approx(67.0, abs=0.05)
    dialog.close()


@pytest.mark.slow
def test_cancel_half_way_leaves_no_file(room, clips, qtbot, tmp_path):
    room.open_video(clips.long, segments=[(0.0, 11.5, "", None)])
    dialog = _dialog(room, qtbot)
    dialog.platform_box.setCurrentIndex(dialog.platform_box.findData("shopee"))
    out = tmp_path / "out"
    out.mkdir()
    dialog.folder_edit.setText(str(out))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=60_000)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.handle is None, timeout=60_000)
    assert "huỷ" in dialog.status.text().lower()
    assert list(out.iterdir()) == []  # neither the clip nor a temp file
    assert dialog.export_button.isEnabled()  # can export again
    dialog.close()


def test_each_segment_becomes_its_own_clip(room, clips, qtbot, tmp_path):
    room.open_video(
        clips.portrait,
        segments=[(0.0, 1.0, "Giỏ tre", None), (2.0, 3.0, "Nón lá", None)],
    )
    dialog = _dialog(room, qtbot)
    dialog.platform_box.setCurrentIndex(dialog.platform_box.findData("original"))
    dialog.mode_buttons["lossless"].setChecked(True)
    dialog.folder_edit.setText(str(tmp_path))
    dialog.each_box.setChecked(True)
    dialog.start()
    qtbot.waitUntil(lambda: bool(dialog.results), timeout=60_000)
    assert sorted(p.name for p in tmp_path.glob("*.mp4")) == ["Gio-tre-1.mp4", "Non-la-2.mp4"]
    assert dialog.view_button.isVisible() and dialog.folder_button.isVisible()
    dialog.close()


def test_a_failed_export_reads_as_a_sentence(room, clips, qtbot):
    from app.video import errors

    room.open_video(clips.portrait, segments=[(0.0, 2.0, "", None)])
    dialog = _dialog(room, qtbot)
    dialog._failed(errors.no_segments())  # the engine's own Vietnamese message
    assert dialog.status.text() == "Chưa chọn đoạn nào để cắt."
    dialog._failed(ZeroDivisionError("float division by zero"))  # a bug: no trace shown
    assert "division" not in dialog.status.text()
    assert "vẫn giữ nguyên" in dialog.status.text()
    assert dialog.export_button.isEnabled()


def test_an_export_process_that_dies_reads_as_a_sentence(room, clips, qtbot, tmp_path, monkeypatch):
    import sys

    from app.editor import export_process

    # an export process that ends at once without an answer (killed, out of memory…)
    monkeypatch.setattr(
        export_process, "child_command", lambda: [sys.executable, "-c", "raise SystemExit(9)"]
    )
    room.open_video(clips.portrait, segments=[(0.0, 2.0, "", None)])
    dialog = _dialog(room, qtbot)
    dialog.platform_box.setCurrentIndex(dialog.platform_box.findData("original"))
    out = tmp_path / "out"
    out.mkdir()
    dialog.folder_edit.setText(str(out))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.handle is None, timeout=60_000)
    assert "dừng giữa chừng" in dialog.status.text()
    assert "giữ nguyên" in dialog.status.text()
    assert dialog.export_button.isEnabled() and not dialog.progress.isVisible()
    assert list(out.iterdir()) == []
    assert room.segments() == [(0.0, 2.0)]  # the project is as the user left it
    dialog.close()


def test_cancel_pressed_after_the_export_finished_shows_the_clip(
    room, clips, qtbot, tmp_path, monkeypatch
):
    """Huỷ reaches the export only after its file is written: the file is kept (it may have
    replaced one of the same name), so the dialog says it is done, not cancelled."""
    from app.ui.editor import export_dialog
    from app.video.cut import CutResult

    out = tmp_path / "done.mp4"
    out.write_bytes(b"finished clip")

    def finished_then_cancelled(request, progress, cancel):
        cancel.cancel()  # the seller's Huỷ, a moment too late
        return [CutResult(str(out), "exact", [], [])]

    monkeypatch.setattr(export_dialog, "export_in_child", finished_then_cancelled)
    room.open_video(clips.portrait, segments=[(0.0, 2.0, "", None)])
    dialog = _dialog(room, qtbot)
    dialog.start()
    qtbot.waitUntil(lambda: bool(dialog.results), timeout=10_000)
    assert dialog.status.text().startswith("Xong: done.mp4")
    assert dialog.view_button.isVisible() and out.exists()
    dialog.close()
