"""The sync room's tests: a real hub process (the hub tests' own helpers, loaded by path:
importlib mode has no ``tests`` package) and desktop profiles driven by the real command line.

Test modules take ``hub_helpers`` and ``run_cli`` from ``sys.modules["ui_sync_helpers"]``.
"""

from __future__ import annotations

import importlib.util
import io
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

if "hub_test_helpers_ui" not in sys.modules:
    _spec = importlib.util.spec_from_file_location(
        "hub_test_helpers_ui", Path(__file__).resolve().parents[2] / "hub" / "conftest.py"
    )
    _module = importlib.util.module_from_spec(_spec)
    sys.modules["hub_test_helpers_ui"] = _module  # dataclasses look their module up
    _spec.loader.exec_module(_module)
hub_helpers = sys.modules["hub_test_helpers_ui"]


def run_cli(data_dir: Path, *argv: str, stdin: str = "") -> str:
    """``python main.py --data-dir DATA_DIR ARGV...`` in this process; its standard output."""
    from app.cli import main

    out, err = io.StringIO(), io.StringIO()
    old, sys.stdin = sys.stdin, io.StringIO(stdin)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main(["--data-dir", str(data_dir), *argv])
    finally:
        sys.stdin = old
    assert code == 0, err.getvalue()
    return out.getvalue()


sys.modules["ui_sync_helpers"] = sys.modules[__name__]


@pytest.fixture
def hub(tmp_path):
    running, cleanup = hub_helpers.start_hub(tmp_path, "sqlite")
    yield running
    cleanup()
