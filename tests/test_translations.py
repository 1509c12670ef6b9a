"""The English translation is complete, keeps every fill-in, and covers every string in app/.

Vietnamese is the source language; ``resources/translations/lang_nghe_en.ts`` holds the
English. ``build/translations.py`` refreshes it with lupdate; these tests fail when someone
adds a ``tr()``/``translate()``/``QT_TRANSLATE_NOOP`` string without refreshing and
translating the file, or when a translation drops a ``%1``-style fill-in.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "resources" / "translations" / "lang_nghe_en.ts"
PLACEHOLDER = re.compile(r"%[1-9n]")


def _build_script():
    """``build/`` is not a package: load build/translations.py by path."""
    spec = importlib.util.spec_from_file_location(
        "lang_nghe_build_translations", ROOT / "build" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts_file: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts_file).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _translations(message: ET.Element) -> list[str]:
    """The translated text(s): one, or one per plural form for numerus messages."""
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _where(context: str, message: ET.Element) -> str:
    return f"[{context}] {message.findtext('source')!r}"


def test_ts_file_is_well_formed_with_messages():
    text = TS_FILE.read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
    root = ET.parse(TS_FILE).getroot()
    assert root.get("language") == "en"
    assert root.get("sourcelanguage") == "vi"
    assert _messages(TS_FILE)


def test_every_message_is_translated():
    problems = []
    for context, message in _messages(TS_FILE):
        translation = message.find("translation")
        texts = _translations(message)
        if translation is None:
            problems.append(f"{_where(context, message)}: no translation")
        elif translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{_where(context, message)}: {translation.get('type')}")
        elif not texts or any(not text.strip() for text in texts):
            problems.append(f"{_where(context, message)}: empty translation")
        elif message.get("numerus") == "yes" and len(texts) < 2:
            problems.append(f"{_where(context, message)}: English needs singular and plural forms")
    assert not problems, "untranslated messages:\n" + "\n".join(problems)


def test_translations_keep_placeholders():
    problems = []
    for context, message in _messages(TS_FILE):
        source = message.findtext("source") or ""
        wanted = set(PLACEHOLDER.findall(source))
        for text in _translations(message):
            found = set(PLACEHOLDER.findall(text))
            if message.get("numerus") == "yes":
                # a singular form may spell the number out ("one photo") instead of %n
                wanted_here, found_here = wanted - {"%n"}, found - {"%n"}
            else:
                wanted_here, found_here = wanted, found
            if wanted_here != found_here:
                problems.append(
                    f"{_where(context, message)} -> {text!r}: "
                    f"missing {sorted(wanted_here - found_here)}, extra {sorted(found_here - wanted_here)}"
                )
    assert not problems, "placeholders differ:\n" + "\n".join(problems)


def test_ts_has_every_string_in_the_code(tmp_path, monkeypatch):
    """lupdate over app/ into a copy of the .ts adds nothing: the committed file is current."""
    pytest.importorskip("PySide6")
    build = _build_script()
    copy = tmp_path / TS_FILE.name
    shutil.copyfile(TS_FILE, copy)
    monkeypatch.setattr(build, "TS_DIR", tmp_path)  # update_ts() writes TS_DIR/lang_nghe_en.ts
    refreshed = build.update_ts("en")
    assert refreshed == copy

    committed = {(context, m.findtext("source")) for context, m in _messages(TS_FILE)}
    new = sorted(
        (context, m.findtext("source"))
        for context, m in _messages(refreshed)
        if (context, m.findtext("source")) not in committed
    )
    assert not new, (
        "strings in app/ missing from lang_nghe_en.ts; run `python build/translations.py` "
        "and translate them:\n" + "\n".join(f"[{c}] {s!r}" for c, s in new)
    )


def test_lrelease_compiles_with_nothing_unfinished(tmp_path):
    pytest.importorskip("PySide6")
    build = _build_script()
    result = subprocess.run(
        [str(build.qt_tool("lrelease")), str(TS_FILE), "-qm", str(tmp_path / "en.qm")],
        capture_output=True,
        text=True,
        check=True,
    )
    report = re.search(r"\((\d+) finished and (\d+) unfinished\)", result.stdout + result.stderr)
    assert report, result.stdout + result.stderr
    assert report.group(2) == "0", result.stdout
    assert "untranslated" not in result.stdout + result.stderr, result.stdout
    assert (tmp_path / "en.qm").stat().st_size > 0
