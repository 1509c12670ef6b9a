"""When videos travel with a sync: always, only when someone asks for one, or only over an
unmetered network. Photos are small and always go (first); a held-back video waits, listed
with its size, until the setting allows it or the user sends or fetches it by hand.

The choice lives in the profile's ``settings.json`` (``Settings.extra``), so ``sync now`` from
the command line honours what the sync room set.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from app.settings import Settings

log = logging.getLogger(__name__)

VIDEO_MODE_KEY = "sync_video_mode"
ALWAYS = "always"
ON_DEMAND = "on_demand"
UNMETERED = "unmetered"
VIDEO_MODES = (ALWAYS, ON_DEMAND, UNMETERED)

# Answers "is this network metered (pay per MB)?": True, False, or None when nobody knows.
MeteredDetector = Callable[[], bool | None]


def video_mode(settings: Settings) -> str:
    mode = settings.extra.get(VIDEO_MODE_KEY, ALWAYS)
    return mode if mode in VIDEO_MODES else ALWAYS  # a hand-edited file falls back safely


def set_video_mode(settings: Settings, mode: str) -> None:
    if mode not in VIDEO_MODES:
        raise ValueError(f"unknown video mode: {mode}")
    settings.extra[VIDEO_MODE_KEY] = mode


def profile_video_mode(paths) -> str:
    return video_mode(Settings.load(paths.settings_path))


def videos_may_travel(mode: str, detector: MeteredDetector | None = None) -> bool:
    """Whether a background sync moves videos now. Unknown metering counts as unmetered:
    most PCs here sit on a shop's Wi-Fi, and a wrong "metered" would hold videos forever."""
    if mode == ALWAYS:
        return True
    if mode == ON_DEMAND:
        return False
    try:
        metered = (detector or qt_metered)()
    except Exception:  # a broken backend must not stop the photos
        log.warning("metered-network detection failed", exc_info=True)
        metered = None
    return metered is not True


def qt_metered() -> bool | None:
    """Qt's view of the network (Windows: the Network List Manager's cost flag).

    None without a Qt application, without a backend, or when the backend cannot tell.
    The backend is loaded on the application's thread (the sync room does it on start);
    a worker thread only reads it.
    """
    try:
        from PySide6.QtCore import QCoreApplication, QThread
        from PySide6.QtNetwork import QNetworkInformation
    except ImportError:
        return None
    app = QCoreApplication.instance()
    if app is None:
        return None
    info = QNetworkInformation.instance()
    if info is None and QThread.currentThread() == app.thread():
        load_network_information()
        info = QNetworkInformation.instance()
    if info is None or not info.supports(QNetworkInformation.Feature.Metered):
        return None
    return bool(info.isMetered())


def load_network_information() -> bool:
    """Load Qt's default network-information backend once (call on the application thread)."""
    try:
        from PySide6.QtNetwork import QNetworkInformation
    except ImportError:
        return False
    if QNetworkInformation.instance() is not None:
        return True
    try:
        return bool(QNetworkInformation.loadDefaultBackend())
    except Exception:
        log.info("no network-information backend", exc_info=True)
        return False
