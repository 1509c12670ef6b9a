"""What crosses the pipe between the room and its export process, as JSON.

The request goes to the child as one line; the child answers with lines of
``{"progress": f, "text": s}`` and ends with one of ``{"done": [results]}``,
``{"cancelled": true}`` or ``{"error": {...}}``. JSON is written ASCII-only
(``ensure_ascii``), so a Windows pipe's code page can't mangle Vietnamese text.

A user-facing error travels as its class name and its untranslated ``Message``, so
the room shows it in the user's language exactly as if the export had run in the
room's own process; anything else (a bug) travels as its trace.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import traceback
from pathlib import Path

from app.editor.export_job import ExportRequest
from app.errors import UserFacingError
from app.i18n import Message
from app.video.cut import CutResult
from app.video.exact import EncodeSettings
from app.video.stickers import Sticker
from app.video.timecode import Segment


class ExportChildBug(RuntimeError):
    """A bug in the export process: its trace, for the log (the user sees the usual
    "lỗi trong máy" sentence, as for any bug)."""


def _plain(value):
    if isinstance(value, Path):
        return str(value)
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def dumps(message: dict) -> bytes:
    return json.dumps(message, ensure_ascii=True).encode("ascii") + b"\n"


def request_to_wire(request: ExportRequest) -> dict:
    # every field, so one added to ExportRequest later travels without a change here
    return _plain(request)


def request_from_wire(data: dict) -> ExportRequest:
    fields = dict(data)
    fields["source"] = Path(fields["source"])
    fields["target"] = Path(fields["target"])
    fields["segments"] = [(float(a), float(b)) for a, b in fields["segments"]]
    fields["center"] = tuple(fields["center"])
    fields["stickers"] = tuple(Sticker(**s) for s in fields["stickers"])
    fields["segment_names"] = list(fields["segment_names"])
    fields["encode"] = EncodeSettings(**fields["encode"])
    return ExportRequest(**fields)


def result_to_wire(result: CutResult) -> dict:
    return _plain(result)


def result_from_wire(data: dict) -> CutResult:
    return CutResult(
        output=data["output"],
        mode=data["mode"],
        requested=[Segment(**s) for s in data["requested"]],
        used=[Segment(**s) for s in data["used"]],
        notes=list(data["notes"]),
    )


def error_to_wire(exc: BaseException) -> dict:
    # Only what the room's own dialog would have shown as a sentence travels as one; the
    # rest is a bug either way (same ``isinstance`` test as the dialog's).
    if isinstance(exc, UserFacingError):
        kind = type(exc)
        return {
            "type": f"{kind.__module__}:{kind.__qualname__}",
            "context": exc.message.context,
            "text": exc.message.text,
            "args": [str(a) for a in exc.message.args],
            "detail": str(exc.detail),
        }
    return {"bug": "".join(traceback.format_exception(exc))}


def _user_error_class(name: str) -> type[UserFacingError]:
    module_name, _, qualname = name.partition(":")
    if not module_name.startswith("app."):  # only the app's own classes, never any module
        return UserFacingError
    try:
        kind = getattr(importlib.import_module(module_name), qualname)
    except (ImportError, AttributeError):
        return UserFacingError
    return kind if isinstance(kind, type) and issubclass(kind, UserFacingError) else UserFacingError


def error_from_wire(data: dict) -> BaseException:
    if "bug" in data:
        return ExportChildBug(data["bug"])
    kind = _user_error_class(data.get("type", ""))
    exc = kind.__new__(kind)
    # the base initialiser: subclasses add no state, only their name (checked in tests)
    UserFacingError.__init__(
        exc,
        Message(str(data["context"]), str(data["text"]), tuple(data.get("args", ()))),
        str(data.get("detail", "")),
    )
    return exc
