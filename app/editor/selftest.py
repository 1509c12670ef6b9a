"""``main.py --self-test`` hook: a project on a 1-second generated clip is saved and found
again, and an exact export with a sticker is written by the app's export process (as the
room runs it: in a frozen build, the app started again as ``editor --export-job``) and
probed (headless, < 3 s)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from app.config import Paths


def run(paths: Paths) -> dict:
    from app.editor import projects
    from app.editor.export_job import ExportRequest
    from app.editor.export_process import export_in_child
    from app.store.engine import session_scope
    from app.store.migrate import open_database
    from app.video.exact import EncodeSettings
    from app.video.probe import probe
    from app.video.stickers import Sticker
    from app.video.synth import make_clip

    db = open_database(paths)
    try:
        with tempfile.TemporaryDirectory() as folder:
            clip = make_clip(Path(folder) / "selftest.mp4", duration=1.0, width=160, height=120)
            with session_scope(db.sessions) as session:
                project = projects.load_or_create(session, clip, 1.0)
                project.add_segment(0.2, 0.8)
                projects.save(session, project)
            with session_scope(db.sessions) as session:
                again = projects.load_or_create(session, clip, 1.0)
            if again.pairs() != project.pairs():
                raise RuntimeError("editor project did not read back")
            out = Path(folder) / "out.mp4"
            request = ExportRequest(
                clip,
                again.pairs(),
                out,
                platform=None,
                stickers=(Sticker("Freeship", 0.0, 0.3),),
                encode=EncodeSettings(x264_preset="ultrafast"),
            )
            result = export_in_child(request)[0]
            info = probe(out, scan=False)
            if not info.has_video or abs(info.duration - 0.6) > 0.1:
                raise RuntimeError(f"editor export wrong: {info.duration:.3f} s")
            return {"export_mode": result.mode, "duration": round(info.duration, 3)}
    finally:
        db.close()
