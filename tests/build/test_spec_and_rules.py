"""The spec and its rules, checked without running PyInstaller."""

import ast
from pathlib import Path

import bundle_rules as rules

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build" / "studio.spec"


def test_spec_is_python_and_uses_the_rules():
    source = SPEC.read_text(encoding="utf-8")
    tree = ast.parse(source)
    calls = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= calls
    for needle in (
        'collect_submodules("app"',
        "rules.EXCLUDED_MODULES",
        "rules.keep_entry",
        "rthook_studio.py",
        "upx=False",
        "exclude_binaries=True",
        "rules.resource_files",
        "rules.app_data_files",
    ):
        assert needle in source, needle


def test_spec_never_writes_into_build_folder():
    # one argument per line or several: the formatter decides, the pairing is what counts
    build_py = " ".join((ROOT / "build" / "build.py").read_text(encoding="utf-8").split())
    assert '"--workpath", str(WORK / "pyinstaller")' in build_py
    assert '"--distpath", str(DIST)' in build_py


def test_runtime_hook_sets_opencv_flag_before_import():
    hook = (ROOT / "build" / "hooks" / "rthook_studio.py").read_text(encoding="utf-8")
    assert "OPENCV_VIDEOIO_MSMF_ENABLE_HW_TRANSFORMS" in hook
    assert "import cv2" not in hook.replace("`import cv2`", "")


def test_excludes_cover_what_issue_6_keeps_out():
    excluded = set(rules.EXCLUDED_MODULES)
    for module in (
        "tkinter",
        "PySide6.QtWebEngineCore",
        "PySide6.QtQuick",
        "PySide6.QtQml",
        "PySide6.Qt3DCore",
        "PySide6.QtPdf",
        "PySide6.QtCharts",
        "PySide6.QtDesigner",
        "pytest",
    ):
        assert module in excluded, module
    # and nothing the app needs
    for needed in ("PySide6.QtMultimedia", "PySide6.QtSvg", "av", "cv2", "sqlalchemy", "alembic"):
        assert needed not in excluded


def test_data_files_ship_migrations_as_source(tmp_path):
    app = tmp_path / "app"
    (app / "store" / "migrations" / "versions").mkdir(parents=True)
    (app / "store" / "migrations" / "env.py").write_text("")
    (app / "store" / "migrations" / "versions" / "0001_x.py").write_text("")
    (app / "store" / "alembic.ini").write_text("")
    (app / "store" / "engine.py").write_text("")
    (app / "video" / "platforms").mkdir(parents=True)
    (app / "video" / "platforms" / "shopee.json").write_text("{}")
    (app / "store" / "__pycache__").mkdir()
    (app / "store" / "__pycache__" / "engine.cpython-311.pyc").write_text("")
    found = {(Path(src).name, dest) for src, dest in rules.app_data_files(app)}
    assert found == {
        ("env.py", "app/store/migrations"),
        ("0001_x.py", "app/store/migrations/versions"),
        ("alembic.ini", "app/store"),
        ("shopee.json", "app/video/platforms"),
    }


def test_real_tree_has_both_migration_folders():
    dests = {dest for _, dest in rules.app_data_files(ROOT / "app")}
    assert "app/store/migrations/versions" in dests
    if (ROOT / "app" / "hub" / "migrations").exists():
        assert "app/hub/migrations/versions" in dests


def test_resources_ship_qm_not_ts(tmp_path):
    res = tmp_path / "resources"
    (res / "translations").mkdir(parents=True)
    (res / "icons").mkdir()
    (res / "translations" / "lang_nghe_en.ts").write_text("")
    (res / "translations" / "lang_nghe_en.qm").write_text("")
    (res / "icons" / "app.svg").write_text("")
    names = {Path(src).name for src, _ in rules.resource_files(res)}
    assert names == {"lang_nghe_en.qm", "app.svg"}


def test_qt_translations_keep_only_app_languages():
    keep = rules.keep_qt_translation
    assert keep("PySide6/Qt/translations/qtbase_vi.qm")
    assert keep("PySide6/Qt/translations/qtbase_en.qm")
    assert not keep("PySide6/Qt/translations/qtbase_de.qm")
    assert not keep("PySide6/Qt/translations/qtmultimedia_pt_BR.qm")
    assert not keep("PySide6/Qt/translations/qt_help_ar.qm")  # an underscore in the base name
    assert not keep("PySide6/Qt/translations/qt_zh_TW.qm")
    assert keep("PySide6/Qt/translations/qt_help_en.qm")
    assert keep("PySide6/translations/qtbase_vi.qm")  # Windows wheel layout
    assert keep("resources/translations/lang_nghe_en.qm")  # ours, not Qt's


def test_qt_plugins_keep_what_the_app_loads():
    keep = rules.keep_qt_plugin
    base = "PySide6/Qt/plugins"
    assert keep(f"{base}/platforms/libqxcb.so")
    assert keep(f"{base}/platforms/libqoffscreen.so")  # the self-test
    assert keep(f"{base}/platforms/qwindows.dll")
    assert not keep(f"{base}/platforms/libqeglfs.so")
    assert not keep(f"{base}/platforms/libqvnc.so")
    assert keep(f"{base}/multimedia/libffmpegmediaplugin.so")
    assert keep(f"{base}/multimedia/ffmpegmediaplugin.dll")
    assert not keep(f"{base}/multimedia/windowsmediaplugin.dll")
    assert keep(f"{base}/iconengines/libqsvgicon.so")
    assert keep(f"{base}/imageformats/libqsvg.so")
    assert not keep(f"{base}/imageformats/libqtiff.so")
    assert keep(f"{base}/platforminputcontexts/libibusplatforminputcontextplugin.so")
    assert not keep(f"{base}/platforminputcontexts/libqtvirtualkeyboardplugin.so")
    assert not keep(f"{base}/platformthemes/libqgtk3.so")
    assert not keep(f"{base}/qmltooling/libqmldbg_debugger.so")
    assert not keep(f"{base}/sqldrivers/libqsqlite.so")
    assert keep("PySide6/Qt/lib/libQt6Core.so.6")  # not a plugin


def test_prune_on_a_fake_bundle(tmp_path):
    bundle = tmp_path / "LangNgheStudio"
    files = {
        "_internal/PySide6/Qt/translations/qtbase_vi.qm": True,
        "_internal/PySide6/Qt/translations/qtbase_ja.qm": False,
        "_internal/PySide6/Qt/plugins/platforms/libqxcb.so": True,
        "_internal/PySide6/Qt/plugins/platforms/libqvnc.so": False,
        "_internal/PySide6/Qt/plugins/designer/libqwebengineview.so": False,
        "_internal/PySide6/Qt/libexec/lrelease": False,
        "_internal/numpy/core/include/numpy/arrayobject.h": False,
        "_internal/libpython3.11.so.1.0": True,
        "_internal/resources/translations/lang_nghe_en.qm": True,
    }
    for name in files:
        path = bundle / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x" * 10)
    removed = rules.prune(bundle)
    assert sum(size for _, size in removed) == 10 * sum(1 for keep in files.values() if not keep)
    for name, keep in files.items():
        assert (bundle / name).exists() == keep, name
