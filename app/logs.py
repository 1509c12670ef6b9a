"""Logging to a rotating file in the profile, and a crash log for hard faults."""

from __future__ import annotations

import faulthandler
import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "studio.log"
CRASH_NAME = "crash.log"
_crash_file = None


def setup_logging(logs_dir: Path, *, level: int = logging.INFO, console: bool = False) -> Path:
    logs_dir.mkdir(parents=True, exist_ok=True)
    log_path = logs_dir / LOG_NAME
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_studio", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = RotatingFileHandler(
        log_path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    file_handler._studio = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    if console and sys.stderr is not None:
        stream = logging.StreamHandler()
        stream.setLevel(logging.WARNING)
        stream._studio = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    _enable_crash_log(logs_dir / CRASH_NAME)
    return log_path


def _enable_crash_log(path: Path) -> None:
    """A segfault in Qt or FFmpeg leaves its Python stack here instead of vanishing."""
    global _crash_file
    if _crash_file is not None:
        return
    try:
        _crash_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - must outlive this call
    except OSError:
        return
    faulthandler.enable(_crash_file, all_threads=True)
