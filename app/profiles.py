"""Several shops on one PC: each shop is a profile with its own data dir (database, media).

The first profile is the usual data dir (``default_data_dir()``); more profiles live side by
side in a ``profiles`` folder next to it, each with a ``profile.json`` naming it. The profile
the OS user chose last is remembered in a small file in the user's config folder, so the
picker at start-up preselects it. Qt-free: the picker (app/ui/profile_picker.py) and tests
both call this.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app import APP_ID

PROFILE_FILE = "profile.json"
MAIN_PROFILE_NAME = "Hồ sơ chính"


@dataclass(frozen=True)
class Profile:
    name: str
    data_dir: Path


def profiles_root(main_dir: Path) -> Path:
    return main_dir.with_name(main_dir.name + "-profiles")


def choice_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False)) / "profile-choice.json"


def _name_in(data_dir: Path, fallback: str) -> str:
    try:
        name = json.loads((data_dir / PROFILE_FILE).read_text(encoding="utf-8")).get("name")
    except (OSError, ValueError, AttributeError):
        return fallback
    return name.strip() if isinstance(name, str) and name.strip() else fallback


def list_profiles(main_dir: Path) -> list[Profile]:
    """The main profile first, then the others by name."""
    main = Profile(_name_in(main_dir, MAIN_PROFILE_NAME), main_dir)
    root = profiles_root(main_dir)
    others = []
    if root.is_dir():
        for folder in root.iterdir():
            if folder.is_dir() and (folder / PROFILE_FILE).is_file():
                others.append(Profile(_name_in(folder, folder.name), folder))
    others.sort(key=lambda profile: (_slug(profile.name), profile.name))  # Đ with D, not after Z
    return [main, *others]


def _slug(name: str) -> str:
    plain = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "ho-so"


class ProfileNameTaken(ValueError):
    pass


def create_profile(main_dir: Path, name: str) -> Profile:
    """A new, empty profile (its database is made when it is first opened)."""
    name = unicodedata.normalize("NFC", name.strip())
    if not name:
        raise ValueError("empty profile name")
    if any(p.name.casefold() == name.casefold() for p in list_profiles(main_dir)):
        raise ProfileNameTaken(name)
    root = profiles_root(main_dir)
    base = _slug(name)
    folder, n = root / base, 2
    while folder.exists():  # two names may share a slug ("Mây tre" / "May tre!")
        folder, n = root / f"{base}-{n}", n + 1
    folder.mkdir(parents=True)
    (folder / PROFILE_FILE).write_text(
        json.dumps({"name": name}, ensure_ascii=False), encoding="utf-8"
    )
    return Profile(name, folder)


def remember(profile: Profile, where: Path | None = None) -> None:
    where = where or choice_file()
    where.parent.mkdir(parents=True, exist_ok=True)
    where.write_text(json.dumps({"data_dir": str(profile.data_dir)}), encoding="utf-8")


def remembered(profiles: list[Profile], where: Path | None = None) -> Profile | None:
    """The profile chosen last, if it still exists among ``profiles``."""
    try:
        data_dir = json.loads((where or choice_file()).read_text(encoding="utf-8"))["data_dir"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return next((p for p in profiles if str(p.data_dir) == data_dir), None)
