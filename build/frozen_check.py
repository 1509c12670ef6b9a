"""Run the built app's ``--self-test`` and decide whether the build passes.

Fails on a non-zero exit, a report without ``"ok": true``, or stderr lines that
no rule in ALLOWED_STDERR explains. The JSON is read from ``--self-test-output``
because a windowed Windows exe has no stdout.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

# stderr lines a healthy frozen run may print, each with the reason it is harmless.
ALLOWED_STDERR: tuple[str, ...] = (
    # Qt on a headless CI box: no session bus / no XDG_RUNTIME_DIR; offscreen needs neither.
    r"^QStandardPaths: XDG_RUNTIME_DIR not set.*",
    r"^QStandardPaths: wrong permissions on runtime directory.*",
    r"^qt\.qpa\.(xcb|plugin|theme|wayland).*",
    r"^This plugin does not support propagateSizeHints\(\)$",
)

VIETNAMESE_DIR = ("Nguyễn Văn A", "Làng Nghề")  # an install path like C:\Users\Nguyễn Văn A\...


@dataclass
class SelfTestRun:
    command: list[str]
    returncode: int
    stdout: str
    stderr: str
    report: dict | None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def unexpected_stderr(stderr: str, allowed: tuple[str, ...] = ALLOWED_STDERR) -> list[str]:
    patterns = [re.compile(pattern) for pattern in allowed]
    return [line for line in stderr.splitlines() if line.strip() and not any(p.match(line) for p in patterns)]


def judge(returncode: int, report: dict | None, stderr: str, allowed: tuple[str, ...] = ALLOWED_STDERR) -> list[str]:
    problems: list[str] = []
    if returncode != 0:
        problems.append(f"exit code {returncode}")
    if report is None:
        problems.append("no self-test JSON")
    elif report.get("ok") is not True:
        problems.append(f"self-test not ok: {report.get('error', report)}")
    for line in unexpected_stderr(stderr, allowed):
        problems.append(f"unexpected stderr: {line}")
    return problems


def clean_env() -> dict[str, str]:
    """The user's environment, minus what would let the bundle lean on this checkout."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "LANGNGHE_", "QT_PLUGIN", "QML", "LD_LIBRARY"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_self_test(exe: Path, extra_args: list[str] | None = None, timeout: float = 300) -> SelfTestRun:
    with tempfile.TemporaryDirectory(prefix="langnghe-frozen-") as folder:
        output = Path(folder) / "self-test.json"
        command = [str(exe), "--self-test", "--self-test-output", str(output), *(extra_args or [])]
        result = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", errors="replace",
                                cwd=folder, env=clean_env(), timeout=timeout, check=False)
        report = None
        if output.exists():
            try:
                report = json.loads(output.read_text(encoding="utf-8"))
            except json.JSONDecodeError:
                report = None
    return SelfTestRun(command, result.returncode, result.stdout, result.stderr, report,
                       judge(result.returncode, report, result.stderr))


def copy_bundle(bundle: Path, parent: Path) -> Path:
    """Copy the one-folder app under ``parent``; hard links when possible (fast, no space)."""
    target = parent / bundle.name
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        shutil.copytree(bundle, target, symlinks=True, copy_function=os.link)
    except OSError:
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(bundle, target, symlinks=True)
    return target


def run_from_vietnamese_path(bundle: Path, exe_name: str) -> SelfTestRun:
    """The same self-test from ``<tmp>/Nguyễn Văn A/Làng Nghề/<bundle>``."""
    with tempfile.TemporaryDirectory(prefix="langnghe path ") as folder:
        copy = copy_bundle(bundle, Path(folder).joinpath(*VIETNAMESE_DIR))
        suffix = ".exe" if sys.platform == "win32" else ""
        return run_self_test(copy / f"{exe_name}{suffix}")
