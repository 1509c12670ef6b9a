"""Small helpers the rehearsal room's pages share: clock text, short DB calls, errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session

from app.store.engine import session_scope
from app.ui.context import AppContext

T = TypeVar("T")


def clock_text(seconds: float | None) -> str:
    """``m:ss`` (``h:mm:ss`` past an hour); negative values as ``-m:ss``."""
    if seconds is None:
        return "–"
    sign = "-" if seconds < 0 else ""
    whole = int(abs(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


def in_session(context: AppContext, work: Callable[[Session], T]) -> T:
    """One short transaction on the GUI thread (plans are a few rows; never held open)."""
    with session_scope(context.db.sessions) as session:
        return work(session)


# Colours of the product timer (session.timer_state) and of the level meter.
STATE_COLOURS = {"green": "#2e7d32", "amber": "#ef8f00", "red": "#c62828"}
