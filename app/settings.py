"""Per-profile preferences kept in ``settings.json`` (language, hub address, last room)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from app.i18n import DEFAULT_LANGUAGE, LANGUAGES


@dataclass
class Settings:
    language: str = DEFAULT_LANGUAGE
    hub_url: str = ""
    last_room: str = "catalog"
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()  # a missing or damaged settings file must never stop the app
        known = {f.name for f in fields(cls)}
        settings = cls(**{k: v for k, v in raw.items() if k in known})
        if settings.language not in LANGUAGES:
            settings.language = DEFAULT_LANGUAGE
        return settings

    def save(self, path: Path) -> None:
        partial = path.with_suffix(".json.partial")
        partial.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(partial, path)  # never leave a half-written settings file
