"""Opening another clip while the last one's background work is still out: the
"Gợi ý đoạn cắt" button comes back, suggestions never use the old clip's sound, one
playback meter watches the preview, a light-copy build for the old clip is cancelled
(and shown in the status bar while it runs); failures read as sentences, not traces."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.ui.editor.playback_meter import PlaybackMeter


def _with_sound(room, qtbot):
    qtbot.waitUntil(lambda: room.page.base_peaks is not None, timeout=10_000)


def test_suggest_button_comes_back_when_another_clip_is_opened(room, clips, qtbot, monkeypatch):
    room.open_video(clips.portrait)
    _with_sound(room, qtbot)
    tasks, held = room.context.tasks, []
    submit = tasks.submit
    monkeypatch.setattr(tasks, "submit", lambda fn, **kw: held.append((fn, kw)))
    room.page.suggest_button.click()  # the run is still out…
    assert not room.page.suggest_button.isEnabled()
    monkeypatch.setattr(tasks, "submit", submit)
    room.open_video(clips.long)  # …when another clip is opened
    fn, kw = held[0]
    kw["on_done"](fn(None, None))  # the old run answers late: dropped
    assert room.page.suggest_button.isEnabled()
    assert room.page.timeline.markers == []


def test_suggestions_wait_for_the_new_clips_sound(room, clips, qtbot, monkeypatch):
    room.open_video(clips.portrait)
    _with_sound(room, qtbot)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    room.loader.stop()  # hold the new clip's waveform back
    monkeypatch.setattr(room.loader, "start", lambda *a, **k: None)
    room.open_video(clips.long)
    assert room.page.base_peaks is None and room.page.thumbs is None
    room.page.suggest_button.click()
    assert told == ["Chưa có tiếng của video để tìm chỗ im lặng."]
    assert room.page.suggest_button.isEnabled()


def test_one_playback_meter_for_every_clip(room, clips, qtbot):
    from PySide6.QtMultimedia import QMediaPlayer

    loaded = QMediaPlayer.MediaStatus.LoadedMedia
    for path in (clips.portrait, clips.long, clips.portrait):
        room.open_video(path)
        # as a person would: the clip is open before the next one (switching sources
        # within milliseconds makes Qt's FFmpeg backend abort a half-read file header)
        qtbot.waitUntil(lambda: room.page.player.mediaStatus() == loaded, timeout=5000)
    meters = room.page.findChildren(PlaybackMeter)
    assert meters == [room.page.meter]
    received = []
    room.page.proxy_offer.offer = lambda: received.append(True)  # what fell_behind calls
    meters[0].fell_behind.emit()
    assert received == [True]  # one offer, not one per clip opened


def test_light_copy_build_cancelled_when_another_clip_is_opened(room, clips, qtbot):
    started = []
    room.context.tasks.task_started.connect(started.append)
    room.open_video(clips.long)
    offer = room.page.proxy_offer
    offer.offer()
    offer.build_button.click()
    handle = offer.handle
    assert handle is not None and handle in started
    assert handle.label == "Đang làm bản xem nhẹ"  # what the status bar lists
    room.open_video(clips.portrait)
    assert handle.token.cancelled and offer.handle is None
    assert offer.isHidden()


def test_failures_read_as_sentences(room, clips, qtbot, monkeypatch):
    room.open_video(clips.portrait)
    _with_sound(room, qtbot)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    monkeypatch.setattr(
        "app.video.suggestions.suggest",
        lambda *a, **k: (_ for _ in ()).throw(ValueError("operands could not be broadcast")),
    )
    room.page.suggest_button.click()
    qtbot.waitUntil(lambda: bool(warned), timeout=5000)
    assert "broadcast" not in warned[0] and "Chưa tìm được gợi ý" in warned[0]
    assert room.page.suggest_button.isEnabled()
    offer = room.page.proxy_offer
    offer.handle = handle = object()
    offer._failed(handle, KeyError("stream 0 pts"))
    assert "pts" not in offer.label.text() and "Chưa làm được bản nhẹ" in offer.label.text()
