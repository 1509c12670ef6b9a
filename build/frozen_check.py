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
    return [
        line
        for line in stderr.splitlines()
        if line.strip() and not any(p.match(line) for p in patterns)
    ]


def judge(
    returncode: int, report: dict | None, stderr: str, allowed: tuple[str, ...] = ALLOWED_STDERR
) -> list[str]:
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
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "LANGNGHE_", "QT_PLUGIN", "QML", "LD_LIBRARY"))
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_self_test(
    exe: Path, extra_args: list[str] | None = None, timeout: float = 300
) -> SelfTestRun:
    with tempfile.TemporaryDirectory(prefix="langnghe-frozen-") as folder:
        output = Path(folder) / "self-test.json"
        command = [str(exe), "--self-test", "--self-test-output", str(output), *(extra_args or [])]
        result = subprocess.run(
            command,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            cwd=folder,
            env=clean_env(),
            timeout=timeout,
            check=False,
        )
        report = None
        if output.exists():
            try:
                report = json.loads(output.read_text(encoding="utf-8"))
            except json.JSONDecodeError:
                report = None
    return SelfTestRun(
        command,
        result.returncode,
        result.stdout,
        result.stderr,
        report,
        judge(result.returncode, report, result.stderr),
    )


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


def snapshot(folder: Path) -> set[str]:
    """Every path in the install folder: the app must not write there (read-only installs)."""
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*")}


def run_second_instance(exe: Path, settle_seconds: float = 6.0) -> dict:
    """Start the GUI twice on one profile: the second must hand over and exit, the first live on.

    Afterwards the profile's database must pass SQLite's integrity check.
    """
    import sqlite3
    import time

    with tempfile.TemporaryDirectory(prefix="langnghe-second-") as profile:
        env = clean_env()
        first = subprocess.Popen(
            [str(exe), "--data-dir", profile],
            env=env,
            cwd=profile,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            time.sleep(settle_seconds)  # migrated, window shown, listening
            started = time.perf_counter()
            second = subprocess.run(
                [str(exe), "--data-dir", profile],
                env=env,
                cwd=profile,
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
            second_s = time.perf_counter() - started
            first_alive = first.poll() is None
        finally:
            first.terminate()
            try:
                first.wait(timeout=15)
            except subprocess.TimeoutExpired:
                first.kill()
                first.wait()
        db = Path(profile) / "studio.sqlite3"
        integrity = None
        if db.exists():
            connection = sqlite3.connect(db)
            try:
                integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                connection.close()
    result = {
        "second_exit": second.returncode,
        "second_s": round(second_s, 2),
        "first_alive": first_alive,
        "integrity": integrity,
    }
    problems = []
    if second.returncode != 0:
        problems.append(f"second instance exited {second.returncode}: {second.stderr[-500:]}")
    if not first_alive:
        problems.append("first instance died when the second started")
    if integrity != "ok":
        problems.append(f"database integrity after two instances: {integrity}")
    result["problems"] = problems
    return result


def make_old_profile(profile: Path) -> tuple[str, str] | None:
    """A profile whose database stops at the first migration, with one record in it.

    Built with the source tree's own Alembic scripts (what an older release left
    behind). Returns (old revision, head), or None when there is nothing older.
    """
    import sqlite3

    from alembic import command
    from alembic.script import ScriptDirectory

    from app.config import Paths
    from app.store.engine import make_engine
    from app.store.migrate import alembic_config

    paths = Paths(profile).ensure()
    script = ScriptDirectory.from_config(alembic_config(paths.db_url))
    base, head = script.get_base(), script.get_current_head()
    if base is None or base == head:
        return None
    engine = make_engine(paths.db_url)
    try:
        with engine.begin() as connection:
            config = alembic_config(paths.db_url)
            config.attributes["connection"] = connection
            command.upgrade(config, base)
    finally:
        engine.dispose()
    connection = sqlite3.connect(paths.db_path)
    with connection:
        connection.execute(
            "INSERT INTO local_state(key, value, updated_at) VALUES ('upgrade-marker', 'kept', "
            "CURRENT_TIMESTAMP)"
        )
    connection.close()
    return base, head


def run_upgrade(exe: Path, timeout_s: float = 60.0) -> dict:
    """Open an older release's profile with the frozen GUI: backed up, migrated, nothing lost."""
    import sqlite3
    import time

    with tempfile.TemporaryDirectory(prefix="langnghe-upgrade-") as folder:
        profile = Path(folder)
        revisions = make_old_profile(profile)
        if revisions is None:
            return {"skipped": "only one migration: nothing older to upgrade from", "problems": []}
        old, head = revisions
        app = subprocess.Popen(
            [str(exe), "--data-dir", str(profile)],
            env=clean_env(),
            cwd=folder,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        version = old
        try:
            deadline = time.monotonic() + timeout_s
            while time.monotonic() < deadline and app.poll() is None:
                time.sleep(0.5)
                try:
                    connection = sqlite3.connect(
                        f"file:{profile / 'studio.sqlite3'}?mode=ro", uri=True, timeout=1
                    )
                    try:
                        version = connection.execute(
                            "SELECT version_num FROM alembic_version"
                        ).fetchone()[0]
                    finally:
                        connection.close()
                except sqlite3.Error:
                    continue
                if version == head:
                    time.sleep(1.0)  # let the window finish opening before we close it
                    break
        finally:
            app.terminate()
            try:
                app.wait(timeout=15)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()
        backups = sorted(path.name for path in (profile / "backups").glob("*") if path.is_file())
        connection = sqlite3.connect(profile / "studio.sqlite3")
        try:
            marker = connection.execute(
                "SELECT value FROM local_state WHERE key = 'upgrade-marker'"
            ).fetchone()
        finally:
            connection.close()
    problems = []
    if version != head:
        problems.append(
            f"database still at {version}, head is {head}: {app.stderr.read().decode(errors='replace')[-500:]}"
        )
    if not backups:
        problems.append("no backup made before migrating")
    if not marker or marker[0] != "kept":
        problems.append("the record written by the older version is gone")
    return {"from": old, "to": version, "backups": backups, "problems": problems}
