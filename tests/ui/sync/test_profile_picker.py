"""The start-up profile picker: asked only when this PC keeps several shops; the remembered
shop is preselected; a new shop can be made from the picker."""

from __future__ import annotations

from argparse import Namespace

from app import profiles
from app.config import Paths
from app.ui import profile_picker


def _args(main, data_dir=None):
    return Namespace(data_dir=data_dir, paths=Paths(main if data_dir is None else data_dir))


def test_one_shop_or_an_explicit_folder_opens_without_asking(tmp_path, monkeypatch):
    main = tmp_path / "LangNghe"
    monkeypatch.delenv("LANGNGHE_DATA_DIR", raising=False)
    monkeypatch.setattr(profile_picker, "default_data_dir", lambda: main)
    monkeypatch.setattr(profile_picker.ProfilePicker, "exec", lambda self: 1 / 0)  # must not ask
    assert profile_picker.choose_profile(_args(main)).data_dir == main
    profiles.create_profile(main, "Đèn lồng Lan")
    other = tmp_path / "lop-hoc"
    assert profile_picker.choose_profile(_args(main, other)).data_dir == other


def test_picker_preselects_the_remembered_shop_and_creates_a_new_one(qtbot, tmp_path):
    main = tmp_path / "LangNghe"
    choice = tmp_path / "profile-choice.json"
    lan = profiles.create_profile(main, "Đèn lồng Lan")
    profiles.remember(lan, choice)
    picker = profile_picker.ProfilePicker(main, choice)
    qtbot.addWidget(picker)
    assert picker.list.count() == 2
    assert picker.list.currentItem().text() == "Đèn lồng Lan"

    picker.new_name.setText("Đèn lồng Lan")
    picker.create_button.click()
    assert picker.problem.isVisibleTo(picker) and picker.list.count() == 2
    picker.new_name.setText("Nón lá Chuông")
    picker.create_button.click()
    assert picker.list.count() == 3 and picker.list.currentItem().text() == "Nón lá Chuông"
    picker.open_button.click()
    assert picker.result() == picker.DialogCode.Accepted
    assert picker.chosen.name == "Nón lá Chuông" and picker.chosen.data_dir.is_dir()
    assert profiles.remembered(profiles.list_profiles(main), choice) == picker.chosen


def test_choose_profile_returns_the_picked_shops_folder(qtbot, tmp_path, monkeypatch):
    main = tmp_path / "LangNghe"
    monkeypatch.delenv("LANGNGHE_DATA_DIR", raising=False)
    monkeypatch.setattr(profile_picker, "default_data_dir", lambda: main)
    monkeypatch.setattr(profiles, "choice_file", lambda: tmp_path / "choice.json")
    lan = profiles.create_profile(main, "Đèn lồng Lan")

    def pick_lan(self):
        self.list.setCurrentRow(1)
        self.open_button.click()
        return self.result()

    monkeypatch.setattr(profile_picker.ProfilePicker, "exec", pick_lan)
    assert profile_picker.choose_profile(_args(main)) == Paths(lan.data_dir)
    monkeypatch.setattr(profile_picker.ProfilePicker, "exec", lambda self: 0)
    assert profile_picker.choose_profile(_args(main)) is None
