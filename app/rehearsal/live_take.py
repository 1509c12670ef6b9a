"""One take end to end: the take row, the file camera (or none), the session, the markers.

``LiveTake`` is what the rehearsal screen and the headless ``rehearsal take`` command
both drive: ``start()``, then ``next()``/``previous()``/``answer()``/``flash_sale()``/
``tick()`` at the take's own clock (the recorder's, so markers and the recording share
one time line), then ``stop()``. A real camera recorded by the UI (Qt's recorder) is
handed over at ``stop(recording=...)``.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserFacingError
from app.rehearsal import errors
from app.rehearsal.comments import DEFAULT_PACE_PER_MINUTE, CommentBank, load_bank
from app.rehearsal.plan_model import Plan
from app.rehearsal.recorder import FileCameraRecorder, RecordingResult
from app.rehearsal.session import ShownComment, TakeSession
from app.rehearsal.takes import MarkerWriter, Take, finish_take, recording_temp_path, start_take
from app.store.migrate import Database
from app.store.models.catalog_common import new_id

log = logging.getLogger(__name__)

ACTIONS = ("next", "previous", "answer", "flash_sale", "stop")
SCRIPT_TICK_S = 0.02


class LiveTake:
    def __init__(
        self,
        db: Database,
        plan: Plan,
        *,
        camera_file: Path | None = None,
        source_kind: str | None = None,
        record: bool = True,
        pace_per_minute: float = DEFAULT_PACE_PER_MINUTE,
        seed: int = 0,
        bank: CommentBank | None = None,
        at_end: str = "loop",
    ) -> None:
        self.db = db
        self.plan = plan
        self.camera_file = Path(camera_file) if camera_file else None
        if self.camera_file is not None and not self.camera_file.is_file():
            raise errors.camera_file_missing(str(self.camera_file))
        self.source_kind = source_kind or ("file" if self.camera_file else "none")
        self.record = record
        self.take_id: str | None = None
        self.recorder: FileCameraRecorder | None = None
        self.message: UserFacingError | None = None  # disk full, camera lost: tell the user
        self._camera_reported = False
        self._t0: float | None = None
        self._pace = pace_per_minute
        self._seed = seed
        self._bank = bank if bank is not None else load_bank()
        self._at_end = at_end
        self.session: TakeSession | None = None
        self._take_id = new_id()
        # Where the recording goes while the take runs; a UI recording a real camera with
        # Qt's recorder can write here too and hand the file to ``stop(recording=...)``.
        self.recording_target = recording_temp_path(db.paths, self._take_id)

    # ---- lifecycle --------------------------------------------------------------------------
    def start(self) -> str:
        take_id = self._take_id
        temp = self.recording_target
        if self.camera_file is not None:
            self.recorder = FileCameraRecorder(
                self.camera_file, temp, at_end=self._at_end, record=self.record
            )
            self.recorder.start()  # raises before anything is written if the file is bad
        try:
            self.take_id = start_take(
                self.db.sessions,
                self.plan.id,
                source_kind=self.source_kind,
                recording_path=temp if self.recorder and self.record else None,
                take_id=take_id,
            )
        except BaseException:
            if self.recorder is not None:
                self.recorder.stop()
                temp.unlink(missing_ok=True)
            raise
        self.session = TakeSession(
            self.plan,
            bank=self._bank,
            pace_per_minute=self._pace,
            seed=self._seed,
            on_marker=MarkerWriter(self.db.sessions, take_id),
        )
        self._t0 = time.monotonic()
        self.session.start(0.0)
        return take_id

    def now(self) -> float:
        """The take's clock: the recorder's when there is one (markers match the file)."""
        if self.recorder is not None:
            return self.recorder.elapsed_s()
        return 0.0 if self._t0 is None else time.monotonic() - self._t0

    def tick(self) -> list[ShownComment]:
        now = self.now()
        self._check_camera(now)
        return self.session.tick(now) if self.session else []

    def _check_camera(self, now: float) -> None:
        recorder = self.recorder
        if recorder is None or self._camera_reported or not recorder.finished.is_set():
            return
        result = recorder.result
        if result is not None and result.stopped_by in ("disk_full", "camera_lost"):
            self._camera_reported = True
            self.message = result.error
            self.session.camera_lost(now, result.stopped_by)

    def next(self) -> bool:
        return self.session.next(self.now())

    def previous(self) -> bool:
        return self.session.previous(self.now())

    def answer(self, comment_id: str | None = None) -> ShownComment | None:
        return self.session.answer(self.now(), comment_id)

    def flash_sale(self) -> bool:
        return self.session.flash_sale(self.now())

    def set_pace(self, pace_per_minute: float) -> None:
        """Practice comments per minute from now on (the pace slider)."""
        self._pace = pace_per_minute
        if self.session is not None:
            self.session.set_pace(self.now(), pace_per_minute)

    def camera_lost(self, reason: str = "") -> None:
        """A real camera was unplugged (the UI sees it): a marker; the take goes on."""
        self.session.camera_lost(self.now(), reason)

    def stop(self, recording: Path | None = None) -> Take:
        """End the take; the recording goes into the media store; returns the saved take."""
        now = self.now()
        self._check_camera(now)
        self.session.stop(now)
        result: RecordingResult | None = None
        if self.recorder is not None:
            result = self.recorder.stop()
            if result.error is not None and self.message is None:
                self.message = result.error
        file = recording
        if file is None and result is not None and self.record:
            file = result.path
        return finish_take(
            self.db.sessions,
            self.db.paths,
            self.take_id,
            duration_s=self.session.total_elapsed(now),
            recording=file,
            status="done",
            note=self.message.message.render() if self.message else "",
        )


# ---- the headless script ---------------------------------------------------------------------


@dataclass(frozen=True)
class ScriptStep:
    at: float
    do: str


def parse_script(path: Path) -> list[ScriptStep]:
    """``[{"at": 8.0, "do": "next"}, ...]`` sorted by time; raises ``BadScript``."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise errors.bad_script(str(path), exc.strerror or str(exc)) from None
    except ValueError as exc:
        raise errors.bad_script(str(path), f"JSON: {exc}") from None
    if not isinstance(data, list):
        raise errors.bad_script(str(path), "không phải danh sách")
    steps = []
    for index, item in enumerate(data, start=1):
        if not isinstance(item, dict) or item.get("do") not in ACTIONS:
            raise errors.bad_script(str(path), f"bước {index}: “do” phải là {', '.join(ACTIONS)}")
        at = item.get("at")
        if isinstance(at, bool) or not isinstance(at, int | float) or at < 0:
            raise errors.bad_script(str(path), f"bước {index}: “at” phải là số giây ≥ 0")
        steps.append(ScriptStep(float(at), item["do"]))
    if not steps:
        raise errors.bad_script(str(path), "danh sách trống")
    return sorted(steps, key=lambda s: s.at)


def run_script(take: LiveTake, steps: list[ScriptStep], *, max_s: float | None = None) -> Take:
    """Play ``steps`` in real time on a started take; stops at the ``stop`` step (or after
    the last step / ``max_s``)."""
    end_at = max_s if max_s is not None else steps[-1].at
    pending = list(steps)
    while True:
        now = take.now()
        take.tick()
        while pending and pending[0].at <= now:
            step = pending.pop(0)
            if step.do == "stop":
                return take.stop()
            getattr(take, step.do)()
        if not pending and now >= end_at:
            return take.stop()
        wait = (pending[0].at - now) if pending else (end_at - now)
        time.sleep(max(0.0, min(SCRIPT_TICK_S, wait)))
