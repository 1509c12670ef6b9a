"""Rooms that aren't built are skipped; a broken room is not hidden."""

from __future__ import annotations

import sys

import pytest

from app.optional_modules import import_if_present


def test_missing_package_or_module_is_skipped():
    assert import_if_present("app.no_such_room.cli") is None
    assert import_if_present("app.no_such_room") is None


def test_present_module_is_returned():
    assert import_if_present("app.text").fold("Đèn") == "den"


def test_a_broken_import_inside_an_existing_module_is_raised(tmp_path, monkeypatch):
    (tmp_path / "broken_room_mod.py").write_text(
        "import no_such_dependency_xyz\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(ModuleNotFoundError):
        import_if_present("broken_room_mod")
    sys.modules.pop("broken_room_mod", None)
