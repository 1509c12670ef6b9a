"""What every room is handed: the open database, the profile's paths, settings, workers."""

from __future__ import annotations

from dataclasses import dataclass

from app.config import Paths
from app.settings import Settings
from app.store.migrate import Database
from app.ui.workers.task_runner import TaskRunner


@dataclass
class AppContext:
    db: Database
    settings: Settings
    tasks: TaskRunner

    @property
    def paths(self) -> Paths:
        return self.db.paths

    def save_settings(self) -> None:
        self.settings.save(self.paths.settings_path)
