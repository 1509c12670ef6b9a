"""The command line a newcomer and the installer rely on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app import __version__
from app.config import DATA_DIR_ENV, resolve_data_dir

ROOT = Path(__file__).resolve().parent.parent


def run_main(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_version():
    result = run_main("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_self_test_prints_one_json_line_and_exits_zero():
    result = run_main("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    report = json.loads(lines[0])
    assert report["ok"] is True
    assert report["startup_ms"] > 0
    assert report["rooms"] == ["catalog", "editor", "rehearsal", "sync"]
    assert result.stderr.strip() == "", f"unexpected stderr: {result.stderr}"


def test_unknown_option_fails_with_usage():
    result = run_main("--no-such-option")
    assert result.returncode != 0
    assert "usage" in result.stderr.lower()


def test_data_dir_option_beats_env_which_beats_default(tmp_path, monkeypatch):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert resolve_data_dir(str(tmp_path / "from-option")) == (tmp_path / "from-option").resolve()
    assert resolve_data_dir(None) == (tmp_path / "from-env").resolve()
    monkeypatch.delenv(DATA_DIR_ENV)
    assert "LangNgheStudio" in str(resolve_data_dir(None))
