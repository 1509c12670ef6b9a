"""What crosses a job's pipes: ASCII JSON lines, and errors as their class and sentence.

JSON is written ASCII-only (``ensure_ascii``), so a Windows pipe's code page can't
mangle Vietnamese text. A user-facing error travels as its class name and its
untranslated ``Message``, so the parent shows it in the user's language exactly as if
the work had run in its own process; anything else (a bug) travels as its trace.
"""

from __future__ import annotations

import importlib
import json
import traceback

from app.errors import UserFacingError
from app.i18n import Message

_SIMPLE = (str, int, float, bool, type(None))


def dumps(message: dict) -> bytes:
    return json.dumps(message, ensure_ascii=True).encode("ascii") + b"\n"


def error_to_wire(exc: BaseException, known: UserFacingError | None, *, fields=False) -> dict:
    """``known``: the sentence ``exc`` reads as (``None``: a bug). ``fields``: also send
    its simple attributes (``ClockAhead.fast_by_ms``, ``TooManyAttempts.retry_after_s``)."""
    if known is None:
        return {"bug": "".join(traceback.format_exception(exc))}
    kind = type(known)
    wire = {
        "type": f"{kind.__module__}:{kind.__qualname__}",
        "context": known.message.context,
        "text": known.message.text,
        "args": [str(a) for a in known.message.args],
        "detail": str(known.detail),
    }
    if fields:
        wire["fields"] = {k: v for k, v in vars(known).items()
                          if k not in ("message", "detail") and isinstance(v, _SIMPLE)}  # fmt: skip
    return wire


def _user_error_class(name: str) -> type[UserFacingError]:
    module_name, _, qualname = name.partition(":")
    if not module_name.startswith("app."):  # only the app's own classes, never any module
        return UserFacingError
    try:
        kind = getattr(importlib.import_module(module_name), qualname)
    except (ImportError, AttributeError):
        return UserFacingError
    return kind if isinstance(kind, type) and issubclass(kind, UserFacingError) else UserFacingError


def error_from_wire(data: dict, bug: type[Exception]) -> BaseException:
    """The error ``error_to_wire`` sent; a bug comes back as ``bug(trace)``."""
    if "bug" in data:
        return bug(data["bug"])
    kind = _user_error_class(data.get("type", ""))
    exc = kind.__new__(kind)
    # the base initialiser, the sentence as it was made: subclasses add no state but
    # their simple fields, set below (checked in tests)
    UserFacingError.__init__(
        exc,
        Message(str(data["context"]), str(data["text"]), tuple(data.get("args", ()))),
        str(data.get("detail", "")),
    )
    for name, value in (data.get("fields") or {}).items():
        setattr(exc, name, value)
    return exc
