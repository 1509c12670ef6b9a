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
        if not isinstance(raw, dict):
            return cls()
        defaults = cls()
        # keep only values of the type the field expects: a hand-edited file must not crash start-up
        kept = {
            f.name: raw[f.name]
            for f in fields(cls)
            if f.name in raw and isinstance(raw[f.name], type(getattr(defaults, f.name)))
        }
        settings = cls(**kept)
        if settings.language not in LANGUAGES:
            settings.language = DEFAULT_LANGUAGE
        return settings

    def save(self, path: Path) -> None:
        partial = path.with_suffix(".json.partial")
        partial.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(partial, path)  # never leave a half-written settings file
