"""Qt's own console messages: known notices about the machine go to the log, the rest as before.

A PC without PipeWire, VA-API or a PulseAudio server (most Windows PCs, CI, a stock
Debian box) makes QtMultimedia print a few lines at start. They say nothing the
user can act on, and a ``--self-test`` must print only its JSON line, so they are
written to the log file at debug level instead of the console.
"""

from __future__ import annotations

import logging
import re
import sys

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

log = logging.getLogger("qt")

ENVIRONMENT_NOTICES = re.compile(
    # QtMultimedia's optional libraries (PipeWire, VA-API), the sound server, its FFmpeg banner
    r"Couldn't (load|resolve) .* (library|symbols)|PulseAudioService: |"
    r"Using Qt multimedia with FFmpeg"
)
_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _handle(kind: QtMsgType, context, message: str) -> None:
    if ENVIRONMENT_NOTICES.search(message):
        log.debug("%s", message)
        return
    log.log(_LEVELS.get(kind, logging.WARNING), "%s", message)
    if kind != QtMsgType.QtDebugMsg:
        sys.stderr.write(f"{message}\n")


def route_qt_messages() -> None:
    """Call once per process, before QtMultimedia is first used."""
    qInstallMessageHandler(_handle)
