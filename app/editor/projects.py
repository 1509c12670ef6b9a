"""Projects in the local database, found again by the source file; recent files.

``load_or_create`` is what opening a video does: the project whose content key matches
(the same clip, even renamed or copied), else one whose path matches, else a new one;
a found project is settled (``Project.settle``: segments inside the clip, stickers inside
the exported video) before anyone sees or exports it.
``save`` is the autosave; ``recent`` lists projects newest first for the start page.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.editor.project import Project
from app.store.models import EditorProject, LocalState
from app.video.cache import file_key

RECENT_KEY = "editor.recent_files"
RECENT_LIMIT = 10


@dataclass(frozen=True)
class ProjectSummary:
    project_id: str
    source_path: str
    title: str
    segment_count: int
    total: float
    updated_at: datetime
    exists: bool


def _find(session: Session, path: Path, key: str) -> EditorProject | None:
    alive = EditorProject.deleted_at.is_(None)
    row = session.scalars(
        select(EditorProject)
        .where(EditorProject.source_key == key, alive)
        .order_by(EditorProject.updated_at.desc())
    ).first()
    if row is None:
        row = session.scalars(
            select(EditorProject)
            .where(EditorProject.source_path == str(path), alive)
            .order_by(EditorProject.updated_at.desc())
        ).first()
    return row


def load_or_create(session: Session, path: Path, duration: float) -> Project:
    path = Path(path)
    key = file_key(path)
    row = _find(session, path, key)
    project = Project(source=str(path), duration=duration)
    if row is None:
        stat = path.stat()
        row = EditorProject(
            source_path=str(path),
            source_key=key,
            source_size=stat.st_size,
            source_mtime=stat.st_mtime,
            duration=duration,
            title="",
            segments="[]",
            stickers="[]",
            settings=project.settings_json(),
        )
        session.add(row)
        session.flush()
    else:
        project.restore(row.segments, row.stickers, row.settings)
        project.title = row.title
        project.product_id = row.product_id
        project.settle()  # nothing past the end of the source or of the exported video
        row.source_path = str(path)  # the file may have moved
    project.project_id = row.id
    remember_recent(session, path)
    return project


def save(session: Session, project: Project) -> None:
    row = session.get(EditorProject, project.project_id) if project.project_id else None
    if row is None:
        return
    row.segments = project.segments_json()
    row.stickers = project.stickers_json()
    row.settings = project.settings_json()
    row.title = project.title[:255]
    row.product_id = project.product_id
    row.duration = project.duration


def recent_projects(session: Session, limit: int = 12) -> list[ProjectSummary]:
    rows = session.scalars(
        select(EditorProject)
        .where(EditorProject.deleted_at.is_(None))
        .order_by(EditorProject.updated_at.desc())
        .limit(limit)
    ).all()
    out = []
    for row in rows:
        try:
            pieces = json.loads(row.segments or "[]")
            total = sum(float(p["end"]) - float(p["start"]) for p in pieces)
        except (ValueError, KeyError, TypeError):
            pieces, total = [], 0.0
        out.append(
            ProjectSummary(
                row.id,
                row.source_path,
                row.title,
                len(pieces),
                total,
                row.updated_at,
                Path(row.source_path).exists(),
            )
        )
    return out


def remember_recent(session: Session, path: Path) -> None:
    files = [p for p in recent_files(session) if p != str(path)]
    files.insert(0, str(path))
    session.merge(LocalState(key=RECENT_KEY, value=json.dumps(files[:RECENT_LIMIT])))


def recent_files(session: Session) -> list[str]:
    row = session.get(LocalState, RECENT_KEY)
    if row is None:
        return []
    try:
        return [str(p) for p in json.loads(row.value)]
    except ValueError:
        return []
