"""The NSIS script has what issue 6 asks for; makensis compiles it when it is installed."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NSI = ROOT / "build" / "installer" / "studio.nsi"


def _script() -> str:
    return NSI.read_text(encoding="utf-8")


def test_per_user_unicode_install():
    text = _script()
    assert re.search(r"^Unicode true$", text, re.M)
    assert re.search(r"^RequestExecutionLevel user$", text, re.M)
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_ID}"' in text
    assert "HKLM" not in text  # per-user: nothing machine-wide
    assert 'WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString"' in text


def test_languages_vietnamese_first_then_english():
    languages = re.findall(r'MUI_LANGUAGE "(\w+)"', _script())
    assert languages == ["Vietnamese", "English"]
    assert "MUI_LANGDLL_DISPLAY" in _script()
    # every custom string exists in both languages
    strings = re.findall(r"^LangString (\w+) \$\{LANG_(\w+)\}", _script(), re.M)
    by_name: dict[str, set[str]] = {}
    for name, language in strings:
        by_name.setdefault(name, set()).add(language)
    assert by_name and all(languages == {"VIETNAMESE", "ENGLISH"} for languages in by_name.values())


def test_shortcuts_and_uninstaller():
    text = _script()
    assert 'CreateShortcut "$SMPROGRAMS\\${APP_NAME}.lnk"' in text
    assert 'CreateShortcut "$DESKTOP\\${APP_NAME}.lnk"' in text
    assert 'WriteUninstaller "$INSTDIR\\Uninstall.exe"' in text
    assert "MUI_UNPAGE_COMPONENTS" in text


def test_uninstaller_keeps_data_unless_asked():
    text = _script()
    program = text.split('Section "un.$(SecProgram)"')[1].split("SectionEnd")[0]
    data = text.split('Section /o "un.$(SecData)"')[1].split("SectionEnd")[
        0
    ]  # /o: unticked by default
    assert "${DATA_DIR}" not in program and 'RMDir /r "$INSTDIR"' not in program
    assert 'RMDir /r "${DATA_DIR}"' in data
    assert '!define DATA_DIR "$LOCALAPPDATA\\${APP_ID}"' in text


def test_data_dir_matches_the_app():
    """The uninstaller deletes the folder the app really uses on Windows."""
    from app import APP_ID

    # platformdirs on Windows: %LOCALAPPDATA%\<appname> when appauthor=False and roaming=False
    assert (
        "user_data_dir(APP_ID, appauthor=False, roaming=False)"
        in (ROOT / "app" / "config.py").read_text()
    )
    assert APP_ID == "LangNgheStudio"


@pytest.mark.skipif(
    shutil.which("makensis") is None, reason="makensis not installed (apt-get install nsis)"
)
def test_makensis_compiles_the_script(tmp_path):
    source = tmp_path / "Làng Nghề" / "LangNgheStudio"
    (source / "_internal").mkdir(parents=True)
    (source / "LangNgheStudio.exe").write_bytes(b"MZ")
    (source / "_internal" / "x.txt").write_text("x")
    out = tmp_path / "LangNgheStudio-0.1.0-setup.exe"  # a bare "setup.exe" draws NSIS warning 9000
    result = subprocess.run(
        [
            "makensis",
            "-V2",
            "-WX",
            "-DVERSION=0.1.0",
            f"-DSOURCE_DIR={source}",
            f"-DOUTFILE={out}",
            str(NSI),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.stat().st_size > 50_000


def test_windows_workflow_builds_tests_and_packages():
    import yaml

    workflow = yaml.safe_load((ROOT / "build" / "ci" / "windows.yml").read_text(encoding="utf-8"))
    job = workflow["jobs"]["build"]
    assert job["runs-on"].startswith("windows")
    steps = job["steps"]
    uses = [step.get("uses", "") for step in steps]
    runs = "\n".join(step.get("run", "") for step in steps)
    assert any(use.startswith("actions/checkout@") for use in uses)
    setup = next(step for step in steps if step.get("uses", "").startswith("actions/setup-python@"))
    assert setup["with"]["python-version"] == "3.11"
    assert "python build/build.py" in runs
    assert (
        "--self-test-output" in runs and "-Wait" in runs
    )  # a windowed exe: wait, read the JSON file
    assert "makensis" in runs and "build\\installer\\studio.nsi" in runs
    assert any(use.startswith("actions/upload-artifact@") for use in uses)
