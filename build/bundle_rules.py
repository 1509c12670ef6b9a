"""What goes into the frozen bundle and what stays out: plain data, no PyInstaller import.

``studio.spec`` applies these rules to PyInstaller's analysis; ``build.py``
prunes the finished folder with them; ``tests/build`` checks them without a
build. Every rule says why, so the next person can tell a saving from a break.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath

APP_EXE = "LangNgheStudio"

# Python modules the app never imports; some are pulled in by optional branches
# of third-party packages (pydantic → IPython hooks, PIL → tkinter, ...).
EXCLUDED_MODULES: tuple[str, ...] = (
    "tkinter",
    "_tkinter",
    "turtle",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "test",
    "unittest.test",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "schemathesis",
    "IPython",
    "matplotlib",
    "pandas",
    "scipy",
    "PyInstaller",
    # pulled in by optional branches (CLI pretty-printing, packaging tools); the app never
    # calls them and the frozen self-test proves it (hub, catalog, video all run)
    "pygments",
    "rich",
    "setuptools",
    "pkg_resources",
    "distutils",
    "trio",
    "docutils",
    "jedi",
    "black",
    "readline",  # nobody types at a Python prompt in the bundle; drags in libreadline
    "imageio_ffmpeg",  # dev-only: tests use it to make media; the app uses PyAV
    "psycopg",
    "psycopg_binary",
    "psycopg_c",  # hub at scale runs from source (PostgreSQL extra)
    # Qt modules the app does not use (issue 6: WebEngine, QML/Quick, Pdf, 3D, Charts, Designer...)
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtWebView",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DRender",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DExtras",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.QtGraphsWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtLocation",
    "PySide6.QtPositioning",
    "PySide6.QtBluetooth",
    "PySide6.QtNfc",
    "PySide6.QtSensors",
    "PySide6.QtSerialPort",
    "PySide6.QtSerialBus",
    "PySide6.QtTextToSpeech",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtStateMachine",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtSpatialAudio",
    "PySide6.QtHttpServer",
    "PySide6.QtCanvasPainter",
    "PySide6.scripts",
)

# Qt modules the app needs even though it imports some of them lazily (by room name):
# Multimedia for the editor's preview with sound and the rehearsal camera (FIELD-NOTES:
# frozen builds lose the FFmpeg backend when the plugin is left out).
QT_HIDDEN_IMPORTS: tuple[str, ...] = (
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtSvg",
    "PySide6.QtNetwork",
)

# Other modules imported by name at run time (dialects, Alembic's ops).
OTHER_HIDDEN_IMPORTS: tuple[str, ...] = (
    "av",
    "cv2",  # the video engine (app/video) imports them; listed so sizes show before it lands
    "sqlalchemy.dialects.sqlite",
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "logging.handlers",
)

# Qt plugins by folder: keep only these (a folder not listed is dropped whole).
# platforms: xcb/wayland for desktops, offscreen for the self-test, minimal for tools.
# platforminputcontexts: IBus/fcitx carry Vietnamese typing (ibus-unikey, ibus-bamboo).
# iconengines + imageformats/libqsvg: our icons are SVG.
QT_PLUGINS_KEEP: dict[str, tuple[str, ...] | None] = {
    "platforms": (
        "*qxcb*",
        "*qwayland*",
        "*qoffscreen*",
        "*qminimal.*",
        "*qminimal.dll",
        "*qwindows*",
        "*qdirect2d*",
    ),
    # The app forces the Fusion style; the GTK3 theme would drag in cairo/pango/GTK from
    # the build host (and GTK itself is not bundled). The portal gives native file dialogs.
    "platformthemes": ("*xdgdesktopportal*",),
    # None = keep the folder as is. The virtual keyboard plugin pulls QtQuick/QML into the
    # input path for a feature (on-screen keyboard) our users do not need.
    "platforminputcontexts": ("*compose*", "*ibus*", "*fcitx*"),
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
    "iconengines": None,
    "imageformats": ("*qsvg*", "*qjpeg*", "*qgif*", "*qico*", "*qwebp*"),
    "multimedia": ("*ffmpegmediaplugin*",),  # the only backend on Linux; default on Windows
    "tls": None,  # hub over HTTPS
    "networkinformation": None,  # online/offline indicator
    "styles": None,  # Windows: modernwindowsstyle
    "generic": None,  # touchscreens/tablets on Linux (evdev/libinput/tuio)
}

# UI languages the app ships: Vietnamese (default) and English.
LANGUAGES: tuple[str, ...] = ("vi", "en")

# Files anywhere in the bundle that nothing loads at run time.
PRUNE_GLOBS: tuple[str, ...] = (
    "**/*.a",
    "**/*.lib",
    "**/*.pdb",
    "**/*.h",
    "**/*.pyi",
    "**/PySide6/Qt/libexec/*",  # lrelease/lupdate helpers pulled by our build-time imports
    "**/PySide6/*lupdate*",
    "**/PySide6/*lrelease*",
    "**/PySide6/*designer*",
    "**/PySide6/*assistant*",
    "**/PySide6/*linguist*",
    "**/PySide6/*uic*",
    "**/PySide6/*rcc*",
    "**/PySide6/*qmllint*",
    "**/PySide6/*qmlformat*",
    "**/PySide6/*qmlls*",
    "**/PySide6/*balsam*",
)

# qtbase_pt_BR.qm, qt_help_ar.qm, qt_zh_TW.qm: the language is the last lower-case part.
_QM_RE = re.compile(r"^(?P<base>.+)_(?P<lang>[a-z]{2,3})(?:_[A-Z][A-Za-z]{1,3})?\.qm$")


def _posix(path: str | Path) -> PurePosixPath:
    return PurePosixPath(str(path).replace("\\", "/"))


def keep_qt_translation(dest: str | Path) -> bool:
    """False for Qt's own ``.qm`` files in languages the app does not offer."""
    parts = _posix(dest).parts
    if "translations" not in parts or "PySide6" not in parts:
        return True
    match = _QM_RE.match(parts[-1])
    return match is None or match.group("lang") in LANGUAGES


def keep_qt_plugin(dest: str | Path) -> bool:
    """False for a Qt plugin the app does not load (see QT_PLUGINS_KEEP)."""
    parts = _posix(dest).parts
    if "plugins" not in parts or "PySide6" not in parts:
        return True
    index = parts.index("plugins")
    if len(parts) < index + 3:
        return True
    folder, name = parts[index + 1], parts[-1]
    if folder not in QT_PLUGINS_KEEP:
        return False
    patterns = QT_PLUGINS_KEEP[folder]
    return patterns is None or any(fnmatch.fnmatch(name, pattern) for pattern in patterns)


def keep_entry(dest: str | Path) -> bool:
    return keep_qt_translation(dest) and keep_qt_plugin(dest)


def app_data_files(app_dir: Path) -> list[tuple[str, str]]:
    """(source file, bundle folder) for every non-code file under ``app/``.

    Alembic reads ``env.py`` and ``versions/*.py`` from disk, so a ``migrations``
    folder ships as source; JSON rules, ``alembic.ini`` and ``.mako`` templates
    are data. Everything else that is ``.py`` lives in the PYZ archive.
    """
    found: list[tuple[str, str]] = []
    root = app_dir.parent
    for path in sorted(app_dir.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix in (".pyc", ".pyo"):
            continue
        relative = path.relative_to(root)
        in_migrations = "migrations" in relative.parts
        if path.suffix == ".py" and not in_migrations:
            continue
        found.append((str(path), relative.parent.as_posix()))
    return found


def resource_files(resources: Path) -> list[tuple[str, str]]:
    """(source, bundle folder) for ``resources/``: compiled ``.qm``, never the ``.ts`` sources.

    ``app/ui/translations.py`` prefers a ``.ts`` newer than its ``.qm`` and would try
    to run lrelease (not in the bundle); shipping only ``.qm`` avoids that.
    """
    found: list[tuple[str, str]] = []
    root = resources.parent
    for path in sorted(resources.rglob("*")):
        if not path.is_file() or path.suffix == ".ts" or path.name.startswith("."):
            continue
        found.append((str(path), path.relative_to(root).parent.as_posix()))
    return found


def prune_candidates(folder: Path, globs: Iterable[str] = PRUNE_GLOBS) -> Iterator[Path]:
    """Files in a built folder that the rules say nothing loads."""
    seen: set[Path] = set()
    for pattern in globs:
        for path in folder.glob(pattern):
            if path.is_file() and path not in seen:
                seen.add(path)
                yield path
    for path in folder.rglob("*"):
        if path in seen or not path.is_file():
            continue
        relative = path.relative_to(folder)
        if not keep_entry(relative):
            seen.add(path)
            yield path


def prune(folder: Path, globs: Iterable[str] = PRUNE_GLOBS) -> list[tuple[Path, int]]:
    """Delete the prune candidates; returns (path, bytes) of what went."""
    removed: list[tuple[Path, int]] = []
    for path in list(prune_candidates(folder, globs)):
        size = path.stat().st_size
        path.unlink()
        removed.append((path, size))
    return removed
