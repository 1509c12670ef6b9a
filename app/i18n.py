"""Translatable text for code that must not import Qt widgets.

Source strings are Vietnamese, the default language, so a missing translation
file can never leave a user looking at English. ``QT_TRANSLATE_NOOP`` only marks a
string for ``pyside6-lupdate``; the UI translates it at display time with
``QCoreApplication.translate(context, text)``.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Message:
    """A user-facing sentence: context for the translator, Vietnamese source, fill-ins."""

    context: str
    text: str
    args: tuple[str, ...] = ()

    def render(self, translate=None) -> str:
        template = translate(self.context, self.text) if translate else self.text
        for index, value in enumerate(self.args, start=1):
            template = template.replace(f"%{index}", value)
        return template
