"""Refresh the English translation source and compile every ``.ts`` to ``.qm``.

``python build/translations.py`` runs PySide6's lupdate over ``app/`` (Vietnamese
is the source language, so only English needs a file) and lrelease next to it.
The ``.qm`` files are git-ignored build output; the bundle ships them
(``bundle_rules.resource_files``). ``--no-update`` only compiles, for a checkout
whose ``.ts`` must not change (CI).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
TARGET_LANGUAGES = ("en",)


def qt_tool(name: str) -> Path:
    """PySide6 ships lupdate/lrelease in its package folder (pyside6-* are wrappers)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (name, f"{name}.exe", f"Qt/libexec/{name}", f"Qt/bin/{name}"):
        if (folder / candidate).is_file():
            return folder / candidate
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found in {folder} or on PATH")
    return Path(found)


def source_files(app_dir: Path = ROOT / "app") -> list[Path]:
    """Python files that may hold tr()/translate() strings; migrations never do."""
    return sorted(
        path
        for path in app_dir.rglob("*.py")
        if "__pycache__" not in path.parts and "migrations" not in path.parts
    )


def update_ts(language: str) -> Path:
    ts_file = TS_DIR / f"lang_nghe_{language}.ts"
    TS_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(path) for path in source_files()))
    try:
        # @list-file keeps the command line short on Windows; -no-obsolete drops strings
        # the code no longer has, so translators never work on dead text.
        subprocess.run(
            [
                str(qt_tool("lupdate")),
                "-silent",
                "-no-obsolete",
                "-source-language",
                "vi",
                "-target-language",
                language,
                f"@{listing.name}",
                "-ts",
                str(ts_file),
            ],
            check=True,
            cwd=ROOT,
        )
    finally:
        Path(listing.name).unlink(missing_ok=True)
    return ts_file


def release(ts_file: Path) -> Path:
    qm_file = ts_file.with_suffix(".qm")
    subprocess.run(
        [str(qt_tool("lrelease")), "-silent", str(ts_file), "-qm", str(qm_file)], check=True
    )
    return qm_file


def build_translations(update: bool = True) -> list[Path]:
    if update:
        for language in TARGET_LANGUAGES:
            update_ts(language)
    return [release(ts_file) for ts_file in sorted(TS_DIR.glob("*.ts"))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-update", action="store_true", help="only compile .ts to .qm")
    args = parser.parse_args(argv)
    for qm_file in build_translations(update=not args.no_update):
        print(f"{qm_file.relative_to(ROOT)}  {qm_file.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
