"""Takes in the local database: start, markers as they happen, finish, recover, read.

Every write is its own short transaction on the session factory (never a session held
open through a take), so a take killed mid-way keeps its row and every marker written
so far; ``recover_interrupted`` tidies such takes on the next start.
"""

from __future__ import annotations

import errno
import json
import os
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.config import Paths
from app.rehearsal import errors
from app.rehearsal.session import Marker
from app.store.base import utcnow
from app.store.engine import session_scope
from app.store.media import MediaStore, sha256_of
from app.store.models import RehearsalTake, TakeMarker

RECORDING_PREFIX = ".recording-"  # temp files in the media folder while a take records
LIVE_FILE_S = 10.0  # a recording writes a fragment every second: older than this = dead
LIVE_TAKE_S = 6 * 3600.0  # a take without a file is given up for dead after this


@dataclass(frozen=True)
class Take:
    id: str
    plan_id: str
    started_at: datetime
    duration_s: float
    status: str  # recording | done | interrupted
    source_kind: str  # camera | file | none
    recording: Path | None  # the file to play (media store, or the partial temp file)
    recording_sha256: str | None
    note: str = ""
    markers: tuple[Marker, ...] = field(default_factory=tuple)


def recording_temp_path(paths: Paths, take_id: str, suffix: str = ".mp4") -> Path:
    """Where a take records to: inside the media folder, so the final move is a rename."""
    return paths.media_dir / f"{RECORDING_PREFIX}{take_id}{suffix}"


def start_take(
    sessions: sessionmaker[Session],
    plan_id: str,
    *,
    source_kind: str,
    recording_path: Path | None = None,
    take_id: str | None = None,
) -> str:
    with session_scope(sessions) as session:
        row = RehearsalTake(
            plan_id=plan_id,
            source_kind=source_kind,
            status="recording",
            recording_path=str(recording_path or ""),
        )
        if take_id:
            row.id = take_id
        session.add(row)
        session.flush()
        return row.id


class MarkerWriter:
    """``on_marker`` for ``TakeSession``: one short transaction per marker."""

    def __init__(self, sessions: sessionmaker[Session], take_id: str) -> None:
        self.sessions = sessions
        self.take_id = take_id

    def __call__(self, marker: Marker) -> None:
        with session_scope(self.sessions) as session:
            session.add(
                TakeMarker(
                    take_id=self.take_id,
                    at_s=marker.at_s,
                    kind=marker.kind,
                    block_id=marker.block_id,
                    payload=json.dumps(marker.payload, ensure_ascii=False),
                )
            )


def store_recording(paths: Paths, temp: Path) -> tuple[str, Path]:
    """Move a finished recording into the media store under its SHA-256 (a rename)."""
    sha = sha256_of(temp)
    target = MediaStore(paths).path_for(sha)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.is_file() and target.stat().st_size == temp.stat().st_size:
        temp.unlink()
        return sha, target
    try:
        os.replace(temp, target)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        blob = MediaStore(paths).put_file(temp)  # a file on another drive: copy, then drop
        temp.unlink()
        return blob.sha256, blob.path
    return sha, target


def finish_take(
    sessions: sessionmaker[Session],
    paths: Paths,
    take_id: str,
    *,
    duration_s: float,
    recording: Path | None,
    status: str = "done",
    note: str = "",
) -> Take:
    """Record the end: the file goes into the media store (if any), the row says so."""
    sha = None
    final = None
    if recording is not None and recording.is_file() and recording.stat().st_size > 0:
        sha, final = store_recording(paths, recording)
    with session_scope(sessions) as session:
        row = session.get(RehearsalTake, take_id)
        if row is None:
            raise errors.take_not_found(take_id)
        row.duration_s = round(float(duration_s), 3)
        row.status = status
        row.note = note
        row.recording_sha256 = sha
        row.recording_path = str(final) if final else ""
    return load_take(sessions, paths, take_id)


def recover_interrupted(
    sessions: sessionmaker[Session], paths: Paths, *, now: datetime | None = None
) -> list[str]:
    """Takes left 'recording' by a crash or kill: keep the partial file (it plays up to its
    last fragment), take the duration from it, mark them interrupted. Returns their ids.

    A take still being recorded (by another process, e.g. a headless ``rehearsal take``)
    is left alone: its file changed less than ``LIVE_FILE_S`` ago, or, with no file, it
    started less than ``LIVE_TAKE_S`` ago.
    """
    from app.rehearsal.media_probe import playable_duration

    now = now or utcnow()
    with session_scope(sessions) as session:
        rows = session.scalars(
            select(RehearsalTake).where(RehearsalTake.status == "recording")
        ).all()
        pending = [(r.id, r.recording_path, r.started_at) for r in rows]
    recovered = []
    for take_id, temp_text, started_at in pending:
        temp = Path(temp_text) if temp_text else None
        if _still_live(temp, started_at, now):
            continue
        duration = playable_duration(temp) if temp is not None and temp.is_file() else 0.0
        if not duration:
            duration = _last_marker_time(sessions, take_id)
        finish_take(
            sessions,
            paths,
            take_id,
            duration_s=duration,
            recording=temp if duration and temp is not None else None,
            status="interrupted",
            note="",  # the status says it; the review explains it in words
        )
        recovered.append(take_id)
    return recovered


def _still_live(temp: Path | None, started_at: datetime, now: datetime) -> bool:
    if temp is not None and temp.is_file():
        return time.time() - temp.stat().st_mtime < LIVE_FILE_S
    if started_at.tzinfo is None:
        started_at = started_at.replace(tzinfo=UTC)
    return (now - started_at).total_seconds() < LIVE_TAKE_S


def _last_marker_time(sessions: sessionmaker[Session], take_id: str) -> float:
    with session_scope(sessions) as session:
        times = session.scalars(select(TakeMarker.at_s).where(TakeMarker.take_id == take_id))
        return max(times, default=0.0)


def load_markers(session: Session, take_id: str) -> tuple[Marker, ...]:
    rows = session.scalars(
        select(TakeMarker)
        .where(TakeMarker.take_id == take_id)
        .order_by(TakeMarker.at_s, TakeMarker.id)
    )
    return tuple(Marker(r.at_s, r.kind, r.block_id, _payload(r.payload)) for r in rows)


def _payload(text: str) -> dict:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _to_take(row: RehearsalTake, markers: tuple[Marker, ...]) -> Take:
    recording = Path(row.recording_path) if row.recording_path else None
    return Take(
        id=row.id,
        plan_id=row.plan_id,
        started_at=row.started_at,
        duration_s=row.duration_s,
        status=row.status,
        source_kind=row.source_kind,
        recording=recording,
        recording_sha256=row.recording_sha256,
        note=row.note,
        markers=markers,
    )


def load_take(sessions: sessionmaker[Session], paths: Paths, take_id: str) -> Take:
    """The take with its markers; raises ``TakeNotFound``."""
    with session_scope(sessions) as session:
        row = session.get(RehearsalTake, take_id)
        if row is None:
            raise errors.take_not_found(take_id)
        take = _to_take(row, load_markers(session, take_id))
    if take.recording_sha256:
        take = _with_recording(take, MediaStore(paths).path_for(take.recording_sha256))
    return take


def _with_recording(take: Take, path: Path) -> Take:
    from dataclasses import replace

    return replace(take, recording=path)


def list_takes(sessions: sessionmaker[Session], plan_id: str) -> list[Take]:
    """The plan's takes, oldest first, without markers."""
    with session_scope(sessions) as session:
        rows = session.scalars(
            select(RehearsalTake)
            .where(RehearsalTake.plan_id == plan_id)
            .order_by(RehearsalTake.started_at, RehearsalTake.created_at)
        ).all()
        return [_to_take(r, ()) for r in rows]


def previous_take(sessions: sessionmaker[Session], take: Take) -> Take | None:
    """The finished take of the same plan just before ``take`` (for the comparison)."""
    with session_scope(sessions) as session:
        row = session.scalars(
            select(RehearsalTake)
            .where(
                RehearsalTake.plan_id == take.plan_id,
                RehearsalTake.id != take.id,
                RehearsalTake.started_at <= take.started_at,
                RehearsalTake.status != "recording",
            )
            .order_by(RehearsalTake.started_at.desc())
            .limit(1)
        ).first()
        if row is None:
            return None
        found = _to_take(row, load_markers(session, row.id))
    return found
