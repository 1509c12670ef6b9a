"""build.py's helpers on fake trees: ELF graph, size report, self-test judge, packaging."""

import shutil
import subprocess
import tarfile
from pathlib import Path

import elf_deps
import frozen_check
import linux_package
import pytest
import size_report
import translations
import version_info

ELF = b"\x7fELF" + b"\0" * 60


def _tree(root: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def test_unreachable_libraries_are_found_from_the_roots(tmp_path):
    _tree(
        tmp_path,
        {
            "LangNgheStudio": ELF,
            "_internal/PySide6/QtGui.abi3.so": ELF,
            "_internal/PySide6/Qt/lib/libQt6Gui.so.6": ELF,
            "_internal/PySide6/Qt/lib/libQt6Core.so.6": ELF,
            "_internal/PySide6/Qt/lib/libQt6VirtualKeyboard.so.6": ELF,  # only a dropped plugin used it
            "_internal/PySide6/Qt/plugins/platforms/libqxcb.so": ELF,
            "_internal/libxcb.so.1": ELF,
            "_internal/libcairo.so.2": ELF,  # GTK theme's, plugin dropped
            "_internal/PySide6/Qt/lib/libQt6FFmpegStub-va.so.2": ELF,  # dlopen()ed: a root
            "_internal/resources/app.svg": b"<svg/>",
        },
    )
    (tmp_path / "_internal" / "libQt6Core.so.6").symlink_to("PySide6/Qt/lib/libQt6Core.so.6")
    graph = {
        "QtGui.abi3.so": ["libQt6Gui.so.6"],
        "libQt6Gui.so.6": ["libQt6Core.so.6"],
        "libqxcb.so": ["libxcb.so.1", "libQt6Gui.so.6"],
    }
    orphans = elf_deps.unreachable(tmp_path, needed_of=lambda path: graph.get(path.name, []))
    assert sorted(path.name for path in orphans) == ["libQt6VirtualKeyboard.so.6", "libcairo.so.2"]
    freed = elf_deps.remove_with_links(tmp_path, orphans)
    assert freed == 2 * len(ELF)
    assert not (tmp_path / "_internal" / "libcairo.so.2").exists()


def test_missing_ignores_what_a_desktop_provides(tmp_path):
    _tree(
        tmp_path,
        {
            "_internal/PySide6/Qt/plugins/platforms/libqwayland.so": ELF,
            "_internal/libfoo.so.1": ELF,
        },
    )
    graph = {
        "libqwayland.so": ["libwayland-cursor.so.0", "libc.so.6", "libfoo.so.1", "libgone.so.3"]
    }
    lost = elf_deps.missing(
        tmp_path, needed_of=lambda path: graph.get(path.name, []), system={"libc.so.6"}
    )
    assert lost == {"_internal/PySide6/Qt/plugins/platforms/libqwayland.so": ["libgone.so.3"]}


def test_is_root():
    assert elf_deps.is_root(Path("LangNgheStudio"))
    assert elf_deps.is_root(Path("_internal/av/video/frame.abi3.so"))
    assert elf_deps.is_root(Path("_internal/PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so"))
    assert elf_deps.is_root(Path("_internal/libpython3.11.so.1.0"))
    assert not elf_deps.is_root(Path("_internal/av.libs/libavcodec-5e6b81c2.so.62.28.102"))


@pytest.mark.skipif(
    shutil.which("strip") is None or shutil.which("ldd") is None, reason="binutils/ldd missing"
)
def test_strip_keeps_a_library_loadable(tmp_path):
    import sys

    source = Path(sys.executable).resolve()
    (tmp_path / "bin").mkdir()
    copy = tmp_path / "bin" / "python-copy"
    shutil.copy2(source, copy)
    stripped, refused = elf_deps.strip_unneeded(tmp_path)
    assert not elf_deps.loads_cleanly(tmp_path, [copy])
    assert (
        subprocess.run([str(copy), "-c", "print(1)"], capture_output=True, check=False).returncode
        == 0
    )
    assert len(stripped) + len(refused) <= 1


def test_size_report_categories_and_total(tmp_path):
    _tree(
        tmp_path,
        {
            "LangNgheStudio": b"x" * 100,
            "_internal/PySide6/Qt/lib/libavcodec.so.63": b"x" * 50,
            "_internal/av.libs/libavcodec-5e6b81c2.so.62": b"x" * 40,
            "_internal/av.libs/libx264-d6533a8d.so.165": b"x" * 5,
            "_internal/opencv_python_headless.libs/libavcodec-c4204469.so.62": b"x" * 30,
            "_internal/opencv_python_headless.libs/libavif-43e630fc.so.16.4.2": b"x" * 3,
            "_internal/PySide6/Qt/lib/libQt6Core.so.6": b"x" * 20,
            "_internal/numpy/core/x.so": b"x" * 10,
            "_internal/sqlalchemy/y.so": b"x" * 7,
        },
    )
    (tmp_path / "_internal" / "libQt6Core.so.6").symlink_to("PySide6/Qt/lib/libQt6Core.so.6")
    archive = tmp_path.parent / "a.tar.gz"
    archive.write_bytes(b"z" * 33)
    report = size_report.measure(tmp_path, archive)
    assert report.folder_bytes == 265  # the symlink costs nothing
    assert report.archive_bytes == 33
    parts = report.parts
    assert parts["FFmpeg for Qt Multimedia (Qt's copy)"] == 50
    assert parts["FFmpeg for PyAV (PyAV's copy; OpenCV links to it on Linux)"] == 40
    assert parts["FFmpeg for OpenCV (OpenCV's copy)"] == 30
    assert parts["Qt libraries"] == 20
    assert parts["NumPy + OpenBLAS"] == 10
    assert parts[size_report.OTHER] == 7
    markdown = report.to_markdown()
    assert parts["OpenCV (cv2 + its libraries)"] == 3  # libavif is not FFmpeg
    assert "| **one-folder total** (9 files) | **0.0** | 100% |" in markdown
    assert "compressed download" in markdown


@pytest.mark.parametrize(
    ("code", "report", "stderr", "expected"),
    [
        (0, {"ok": True}, "", []),
        (
            0,
            {"ok": True},
            "QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to '/tmp/runtime-root'\n",
            [],
        ),
        (1, {"ok": False, "error": "boom"}, "", ["exit code 1", "self-test not ok: boom"]),
        (0, None, "", ["no self-test JSON"]),
        (
            0,
            {"ok": True},
            "Traceback (most recent call last):\n",
            ["unexpected stderr: Traceback (most recent call last):"],
        ),
    ],
)
def test_self_test_judge(code, report, stderr, expected):
    assert frozen_check.judge(code, report, stderr) == expected


def test_clean_env_cuts_the_checkout_off(monkeypatch):
    monkeypatch.setenv("PYTHONPATH", "/work/main")
    monkeypatch.setenv("LANGNGHE_DATA_DIR", "/tmp/x")
    env = frozen_check.clean_env()
    assert "PYTHONPATH" not in env and "LANGNGHE_DATA_DIR" not in env
    assert env["QT_QPA_PLATFORM"] == "offscreen"


def test_copy_bundle_into_a_vietnamese_path(tmp_path):
    bundle = tmp_path / "dist" / "LangNgheStudio"
    _tree(bundle, {"LangNgheStudio": b"exe", "_internal/lib.so": b"lib"})
    target_parent = tmp_path.joinpath(*frozen_check.VIETNAMESE_DIR)
    copy = frozen_check.copy_bundle(bundle, target_parent)
    assert copy == target_parent / "LangNgheStudio"
    assert (copy / "_internal" / "lib.so").read_bytes() == b"lib"
    assert " " in str(copy) and "ễ" in str(copy)


def test_version_numbers_and_file_parses():
    assert version_info.version_numbers("0.1.0") == (0, 1, 0, 0)
    assert version_info.version_numbers("1.2.3rc1") == (1, 2, 3, 0)
    assert version_info.version_numbers("2") == (2, 0, 0, 0)
    text = version_info.render("0.1.0", "Làng Nghề Studio", "LangNgheStudio")
    # PyInstaller eval()s the file with its versioninfo classes (which need pefile, Windows-only);
    # stand-ins that record their arguments prove it is a well-formed expression of those calls.
    names = (
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    )

    def recorder(name):
        return lambda *args, **kwargs: (name, args, kwargs)

    namespace = {name: recorder(name) for name in names}
    parsed = eval(text, namespace)
    assert parsed[0] == "VSVersionInfo"
    assert parsed[2]["ffi"][2]["filevers"] == (0, 1, 0, 0)
    assert "Làng Nghề Studio" in repr(parsed)


def test_desktop_entry_validates():
    entry = linux_package.desktop_entry("LangNgheStudio")
    assert linux_package.validate_desktop_entry(entry) == []
    assert "Name[vi]=Làng Nghề Studio" in entry
    broken = entry.replace("Type=Application\n", "").replace(
        "Categories=Office;", "Categories=Office"
    )
    problems = linux_package.validate_desktop_entry(broken)
    assert "missing required key Type" in problems and "Categories must end with ';'" in problems


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed"
)
def test_desktop_entry_passes_desktop_file_validate(tmp_path):
    path = tmp_path / f"{linux_package.DESKTOP_ID}.desktop"
    path.write_text(linux_package.desktop_entry("/opt/Làng Nghề/LangNgheStudio"), encoding="utf-8")
    result = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_tarball_layout(tmp_path):
    bundle = tmp_path / "dist" / "LangNgheStudio"
    _tree(bundle, {"LangNgheStudio": b"exe", "_internal/x": b"x"})
    icon = tmp_path / "app.png"
    icon.write_bytes(b"png")
    target = linux_package.make_tarball(
        bundle, icon, tmp_path / "out" / "L-0.1.0-linux-x86_64.tar.gz", "L-0.1.0"
    )
    with tarfile.open(target) as archive:
        names = set(archive.getnames())
        script = archive.getmember("L-0.1.0/install-desktop-entry.sh")
    assert {
        "L-0.1.0/LangNgheStudio",
        "L-0.1.0/_internal/x",
        f"L-0.1.0/{linux_package.DESKTOP_ID}.desktop",
        f"L-0.1.0/{linux_package.DESKTOP_ID}.png",
    } <= names
    assert script.mode & 0o111


def test_install_script_quotes_a_path_with_spaces(tmp_path):
    if shutil.which("sh") is None:
        pytest.skip("no sh")
    folder = tmp_path / "Nguyễn Văn A" / "Làng Nghề"
    folder.mkdir(parents=True)
    (folder / f"{linux_package.DESKTOP_ID}.desktop").write_text(
        linux_package.desktop_entry("LangNgheStudio")
    )
    (folder / f"{linux_package.DESKTOP_ID}.png").write_bytes(b"png")
    script = folder / "install-desktop-entry.sh"
    script.write_text(
        linux_package.INSTALL_SCRIPT % {"id": linux_package.DESKTOP_ID, "exe": "LangNgheStudio"}
    )
    home = tmp_path / "home"
    result = subprocess.run(
        ["sh", str(script)],
        capture_output=True,
        text=True,
        env={"HOME": str(home), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    written = (
        home / ".local/share/applications" / f"{linux_package.DESKTOP_ID}.desktop"
    ).read_text()
    assert f'Exec="{folder}/LangNgheStudio"' in written
    assert linux_package.validate_desktop_entry(written) == []


def test_translation_sources_skip_migrations():
    files = translations.source_files()
    assert files and all("migrations" not in path.parts for path in files)
    assert any(path.name == "main_window.py" for path in files)


def test_share_ffmpeg_links_opencv_to_pyav(tmp_path):
    import share_ffmpeg

    ocv, avl = tmp_path / "opencv_python_headless.libs", tmp_path / "av.libs"
    _tree(
        ocv,
        {
            "libavcodec-c4204469.so.62.28.101": b"o" * 30,
            "libavutil-befbbc48.so.60.26.101": b"o" * 10,
            "libaom-a0d22147.so.3.14.1": b"aom",
        },
    )
    _tree(
        avl,
        {
            "libavcodec-5e6b81c2.so.62.28.102": b"a",
            "libavutil-5809ad29.so.60.26.102": b"a",
            "libx264-d6533a8d.so.165": b"a",
        },
    )
    assert share_ffmpeg.apply(ocv, avl) == 40
    codec = ocv / "libavcodec-c4204469.so.62.28.101"
    assert (
        codec.is_symlink()
        and codec.resolve() == (avl / "libavcodec-5e6b81c2.so.62.28.102").resolve()
    )
    assert (ocv / "libx264-d6533a8d.so.165").is_symlink()  # PyAV's own lookups via $ORIGIN
    assert not (ocv / "libaom-a0d22147.so.3.14.1").is_symlink()  # not FFmpeg: untouched


def test_share_ffmpeg_refuses_another_major_version(tmp_path):
    import share_ffmpeg

    ocv, avl = tmp_path / "opencv_python_headless.libs", tmp_path / "av.libs"
    _tree(ocv, {"libavcodec-c4204469.so.61.3.100": b"o"})
    _tree(avl, {"libavcodec-5e6b81c2.so.62.28.102": b"a"})
    assert share_ffmpeg.plan(ocv, avl) is None
    assert share_ffmpeg.apply(ocv, avl) == 0
    assert not (ocv / "libavcodec-c4204469.so.61.3.100").is_symlink()


def test_old_profile_stops_at_the_first_migration(tmp_path):
    import sqlite3

    revisions = frozen_check.make_old_profile(tmp_path)
    if revisions is None:
        pytest.skip("only one migration so far")
    old, head = revisions
    assert old != head
    connection = sqlite3.connect(tmp_path / "studio.sqlite3")
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == old
        assert (
            connection.execute(
                "SELECT value FROM local_state WHERE key='upgrade-marker'"
            ).fetchone()[0]
            == "kept"
        )
    finally:
        connection.close()


@pytest.mark.skipif(shutil.which("cc") is None, reason="no C compiler")
def test_x265_stand_in_returns_a_table_of_harmless_functions(tmp_path):
    import ctypes

    import stub_x265

    library = stub_x265.build_stub(
        216, "libx265-test.so.216", tmp_path / "libx265-test.so.216", "&table"
    )
    assert stub_x265.soname(library) == "libx265-test.so.216"
    loaded = ctypes.CDLL(str(library))
    getter = loaded.x265_api_get_216
    getter.restype = ctypes.c_void_p
    table = getter(8)
    assert table
    ints = (ctypes.c_int * 8).from_address(table)
    assert ints[1] == 216 and ints[7] == 8  # api_build_number, bit_depth
    param_alloc = ctypes.CFUNCTYPE(ctypes.c_void_p)(
        ctypes.c_void_p.from_address(table + 8 * 4 + 2 * 8).value
    )
    assert param_alloc() is None  # FFmpeg then fails with ENOMEM instead of crashing

    null = stub_x265.build_stub(217, "libx265-heif.so.217", tmp_path / "libx265-heif.so.217", "0")
    getter = ctypes.CDLL(str(null)).x265_api_get_217
    getter.restype = ctypes.c_void_p
    assert getter(8) is None  # libheif checks for NULL: "unsupported bit depth"
