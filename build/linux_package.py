"""Linux download: the one-folder app, a .desktop entry and its icon in one .tar.gz.

Unpack anywhere (a path with spaces or Vietnamese letters is fine), then either
double-click ``LangNgheStudio`` or run ``./install-desktop-entry.sh`` once to get
a menu entry; the script writes absolute paths because a .desktop file's Exec
cannot be relative to the file (freedesktop Desktop Entry Specification).
"""

from __future__ import annotations

import os
import shutil
import tarfile
from pathlib import Path

DESKTOP_ID = "vn.langnghe.Studio"

DESKTOP_TEMPLATE = """[Desktop Entry]
Type=Application
Version=1.4
Name=Làng Nghề Studio
Name[vi]=Làng Nghề Studio
GenericName=Sell craft products online
GenericName[vi]=Bán hàng làng nghề trên mạng
Comment=Catalog, product videos, livestream rehearsal, sync with the commune hub
Comment[vi]=Danh mục sản phẩm, cắt video, tập livestream, đồng bộ với máy chủ của xã
Exec={exec}
Icon={icon}
Terminal=false
Categories=Office;
Keywords=shop;catalog;video;livestream;bán hàng;sản phẩm;
StartupWMClass={wm_class}
"""

INSTALL_SCRIPT = """#!/bin/sh
# Add Làng Nghề Studio to the applications menu of the current user (no root needed).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$apps" "$icons"
cp "$here/%(id)s.png" "$icons/%(id)s.png"
# Exec quotes the path: the folder may hold spaces or Vietnamese letters.
sed -e "s|^Exec=.*|Exec=\\"$here/%(exe)s\\"|" -e "s|^Icon=.*|Icon=%(id)s|" \\
  "$here/%(id)s.desktop" > "$apps/%(id)s.desktop"
chmod +x "$apps/%(id)s.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
echo "Đã thêm Làng Nghề Studio vào menu ứng dụng / added to the applications menu."
"""


def desktop_entry(exe: str, icon: str = DESKTOP_ID) -> str:
    return DESKTOP_TEMPLATE.format(exec=exe, icon=icon, wm_class=exe)


def validate_desktop_entry(text: str) -> list[str]:
    """The checks desktop-file-validate would fail on for this file; [] means valid."""
    problems: list[str] = []
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    if not lines or lines[0] != "[Desktop Entry]":
        problems.append("first group must be [Desktop Entry]")
    keys: dict[str, str] = {}
    for line in lines[1:]:
        if line.startswith("["):
            break
        if "=" not in line:
            problems.append(f"not a key=value line: {line!r}")
            continue
        key, value = line.split("=", 1)
        if key in keys:
            problems.append(f"duplicate key {key}")
        keys[key] = value
    for required in ("Type", "Name", "Exec"):
        if required not in keys:
            problems.append(f"missing required key {required}")
    if keys.get("Type") != "Application":
        problems.append("Type must be Application")
    if keys.get("Terminal", "false") not in ("true", "false"):
        problems.append("Terminal must be true or false")
    for list_key in ("Categories", "Keywords"):
        if list_key in keys and not keys[list_key].endswith(";"):
            problems.append(f"{list_key} must end with ';'")
    return problems


def make_tarball(bundle: Path, icon_png: Path, target: Path, root_name: str) -> Path:
    """``<root_name>/`` holds the bundle's files plus the .desktop, icon and installer script."""
    staging = target.parent / f".{root_name}.extras"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    exe = bundle.name
    (staging / f"{DESKTOP_ID}.desktop").write_text(desktop_entry(exe), encoding="utf-8")
    shutil.copy2(icon_png, staging / f"{DESKTOP_ID}.png")
    script = staging / "install-desktop-entry.sh"
    script.write_text(INSTALL_SCRIPT % {"id": DESKTOP_ID, "exe": exe}, encoding="utf-8")
    script.chmod(0o755)
    target.parent.mkdir(parents=True, exist_ok=True)
    level = int(os.environ.get("LANGNGHE_GZIP_LEVEL", "9"))
    with tarfile.open(target, "w:gz", compresslevel=level) as archive:
        archive.add(bundle, arcname=root_name)
        for extra in sorted(staging.iterdir()):
            archive.add(extra, arcname=f"{root_name}/{extra.name}")
    shutil.rmtree(staging)
    return target
