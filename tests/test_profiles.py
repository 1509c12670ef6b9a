"""Several shops on one PC: profiles listed, created with their own data dir, choice remembered."""

from __future__ import annotations

import pytest

from app import profiles


def test_main_profile_alone_then_new_ones_beside_it(tmp_path):
    main = tmp_path / "LangNghe"
    assert profiles.list_profiles(main) == [profiles.Profile(profiles.MAIN_PROFILE_NAME, main)]
    hoa = profiles.create_profile(main, "Mây tre Hoà")
    lan = profiles.create_profile(main, "Đèn lồng Lan")
    assert hoa.data_dir.parent == lan.data_dir.parent == profiles.profiles_root(main)
    assert hoa.data_dir != main and hoa.data_dir.name == "may-tre-hoa"
    assert [p.name for p in profiles.list_profiles(main)] == [
        profiles.MAIN_PROFILE_NAME, "Đèn lồng Lan", "Mây tre Hoà"
    ]  # fmt: skip
    with pytest.raises(profiles.ProfileNameTaken):
        profiles.create_profile(main, "mây tre hoà")
    same_slug = profiles.create_profile(main, "May tre Hoa!")
    assert same_slug.data_dir.name == "may-tre-hoa-2"  # never inside another shop's folder


def test_choice_is_remembered_while_the_profile_exists(tmp_path):
    main = tmp_path / "LangNghe"
    choice = tmp_path / "config" / "profile-choice.json"
    lan = profiles.create_profile(main, "Đèn lồng Lan")
    assert profiles.remembered(profiles.list_profiles(main), choice) is None
    profiles.remember(lan, choice)
    assert profiles.remembered(profiles.list_profiles(main), choice) == lan
    for leftover in lan.data_dir.iterdir():
        leftover.unlink()
    lan.data_dir.rmdir()
    assert profiles.remembered(profiles.list_profiles(main), choice) is None
    choice.write_text("không phải json", encoding="utf-8")
    assert profiles.remembered(profiles.list_profiles(main), choice) is None
