"""Settings survive damage; environment errors are told apart from bugs."""

from __future__ import annotations

import errno
import sqlite3

from app import errors
from app.settings import Settings


def test_settings_round_trip(tmp_path):
    path = tmp_path / "settings.json"
    Settings(language="en", hub_url="http://127.0.0.1:8765").save(path)
    loaded = Settings.load(path)
    assert (loaded.language, loaded.hub_url) == ("en", "http://127.0.0.1:8765")


def test_damaged_settings_fall_back_to_vietnamese(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{ not json", encoding="utf-8")
    assert Settings.load(path).language == "vi"
    path.write_text('{"language": "klingon"}', encoding="utf-8")
    assert Settings.load(path).language == "vi"


def test_disk_full_is_a_known_problem_with_advice():
    known = errors.classify(OSError(errno.ENOSPC, "No space left on device"))
    assert isinstance(known, errors.DiskFull)
    assert "xoá bớt" in known.message.render()


def test_locked_database_is_a_known_problem():
    known = errors.classify(sqlite3.OperationalError("database is locked"))
    assert isinstance(known, errors.DatabaseLocked)


def test_programming_errors_are_bugs():
    assert errors.classify(KeyError("oops")) is None
    assert errors.classify(ZeroDivisionError()) is None


def test_message_fill_ins_and_translation_hook():
    message = errors.unreadable_file("ảnh.jpg").message
    assert "ảnh.jpg" in message.render()
    assert message.render(lambda _ctx, _text: "Cannot read %1.") == "Cannot read ảnh.jpg."


def test_settings_of_the_wrong_shape_fall_back_to_defaults(tmp_path):
    path = tmp_path / "settings.json"
    for text in ("[]", "null", '{"language": ["en"]}', '{"last_room": 3, "hub_url": {}}'):
        path.write_text(text, encoding="utf-8")
        loaded = Settings.load(path)
        assert (loaded.language, loaded.last_room, loaded.hub_url) == ("vi", "catalog", "")
