"""What crosses the pipe between the room and its export process, as JSON.

The request goes to the child as one line; the child answers with lines of
``{"progress": f, "text": s}`` and ends with one of ``{"done": [results]}``,
``{"cancelled": true}`` or ``{"error": {...}}``. JSON is written ASCII-only
(``ensure_ascii``), so a Windows pipe's code page can't mangle Vietnamese text.

A user-facing error travels as its class name and its untranslated ``Message``, so
the room shows it in the user's language exactly as if the export had run in the
room's own process; anything else (a bug) travels as its trace (``app.jobs.wire``).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from app.editor.export_job import ExportRequest
from app.errors import UserFacingError
from app.jobs import wire
from app.jobs.wire import dumps
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
    return wire.error_to_wire(exc, exc if isinstance(exc, UserFacingError) else None)


def error_from_wire(data: dict) -> BaseException:
    return wire.error_from_wire(data, ExportChildBug)


__all__ = [
    "ExportChildBug",
    "dumps",  # app.jobs.wire's, imported from here by the export's users
    "error_from_wire",
    "error_to_wire",
    "request_from_wire",
    "request_to_wire",
    "result_from_wire",
    "result_to_wire",
]
