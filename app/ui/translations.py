"""Load the UI language. Vietnamese is the source language and needs no file.

English lives in ``resources/translations/lang_nghe_en.ts``; ``python
build/translations.py`` compiles it to ``.qm``. When a source checkout has no
``.qm`` yet (or an outdated one), it is compiled into the cache dir on first use
so a fresh clone shows English without a build step.
"""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.config import resources_dir

log = logging.getLogger(__name__)
TRANSLATIONS_DIR = "translations"


def ts_path(language: str, catalog: str = "lang_nghe") -> Path:
    return resources_dir() / TRANSLATIONS_DIR / f"{catalog}_{language}.ts"


def lrelease_exe() -> Path | None:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        if (folder / name).exists():
            return folder / name
    return None


def compile_ts(source: Path, target: Path) -> bool:
    tool = lrelease_exe()
    if tool is None or not source.exists():
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [str(tool), "-silent", str(source), "-qm", str(target)], capture_output=True, text=True
    )
    if result.returncode != 0:
        log.warning("lrelease failed for %s: %s", source, result.stderr)
    return result.returncode == 0 and target.exists()


def find_qm(language: str, cache_dir: Path | None, catalog: str = "lang_nghe") -> Path | None:
    source = ts_path(language, catalog)
    bundled = source.with_suffix(".qm")
    if bundled.exists() and (
        not source.exists() or bundled.stat().st_mtime >= source.stat().st_mtime
    ):
        return bundled
    if cache_dir is None:
        return bundled if bundled.exists() else None
    cached = cache_dir / "translations" / bundled.name
    if cached.exists() and source.exists() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    return cached if compile_ts(source, cached) else None


class LanguageSwitcher:
    """Owns the installed translators so a language change can swap them."""

    def __init__(self, app: QCoreApplication, cache_dir: Path | None) -> None:
        self._app = app
        self._cache_dir = cache_dir
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        QLocale.setDefault(
            QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English)
        )
        # Qt's own dialog buttons (OK/Cancel/Yes/No) come from qtbase_<lang>.qm shipped with
        # PySide6; it has no Vietnamese one, so resources/translations/qt_vi.ts stands in.
        qt_translator = QTranslator(self._app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(f"qtbase_{language}", qt_dir):
            self._install(qt_translator)
        else:
            own = find_qm(language, self._cache_dir, catalog="qt")
            if own is not None and qt_translator.load(str(own)):
                self._install(qt_translator)
        if language == "vi":
            return
        qm = find_qm(language, self._cache_dir)
        translator = QTranslator(self._app)
        if qm is not None and translator.load(str(qm)):
            self._install(translator)
        else:
            log.warning("no translation file for %s; staying in Vietnamese", language)

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)
