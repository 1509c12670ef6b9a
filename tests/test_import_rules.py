"""Layer rules from DESIGN.md, checked on the source: Qt widgets stay in app/ui."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _files_outside(*folders: str) -> list[Path]:
    skip = [APP / folder for folder in folders]
    return [p for p in APP.rglob("*.py") if not any(p.is_relative_to(s) for s in skip)]


def test_only_app_ui_imports_qtwidgets():
    offenders = [
        str(path.relative_to(APP.parent))
        for path in _files_outside("ui")
        if any(name.startswith("PySide6.QtWidgets") for name in _imports(path))
    ]
    assert offenders == []


def test_hub_never_imports_the_ui_and_client_never_imports_the_hub():
    hub_to_ui = [
        p for p in (APP / "hub").rglob("*.py") if any(n.startswith("app.ui") for n in _imports(p))
    ]
    entry_point = APP / "cli.py"  # the dispatcher starts the GUI; nothing else in the core may
    core_to_ui = [
        p
        for p in _files_outside("ui")
        if p != entry_point and any(n.startswith("app.ui") for n in _imports(p))
    ]
    sync_to_hub = [
        p for p in (APP / "sync").rglob("*.py") if any(n.startswith("app.hub") for n in _imports(p))
    ]
    assert hub_to_ui == [] and sync_to_hub == []
    assert core_to_ui == [], "core code must not depend on the UI"


def test_the_rule_itself_catches_an_offender(tmp_path):
    offender = tmp_path / "bad.py"
    offender.write_text("from PySide6.QtWidgets import QWidget\n", encoding="utf-8")
    assert "PySide6.QtWidgets" in _imports(offender)


def test_translation_markers_use_literal_contexts():
    """lupdate reads source text, not values: QT_TRANSLATE_NOOP(_T, ...) never reaches the .ts."""
    offenders = []
    for path in APP.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) == "QT_TRANSLATE_NOOP"
                and node.args
                and not isinstance(node.args[0], ast.Constant)
            ):
                offenders.append(f"{path.relative_to(APP.parent)}:{node.lineno}")
    assert offenders == []
