"""Is this PC online? Qt's network information backend when the OS offers one,
otherwise a short TCP probe of the configured hub, repeated on a timer."""

from __future__ import annotations

import socket
from enum import Enum
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkInformation

from app.ui.workers.task_runner import TaskRunner

PROBE_EVERY_MS = 30_000
PROBE_TIMEOUT_S = 3.0


class Online(Enum):
    UNKNOWN = "unknown"
    ONLINE = "online"
    OFFLINE = "offline"


def probe_hub(hub_url: str, timeout: float = PROBE_TIMEOUT_S) -> bool:
    parts = urlsplit(hub_url)
    if not parts.hostname:
        return False
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        with socket.create_connection((parts.hostname, port), timeout=timeout):
            return True
    except OSError:
        return False


class ConnectivityMonitor(QObject):
    changed = Signal(object)  # Online

    def __init__(self, tasks: TaskRunner, hub_url: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._hub_url = hub_url
        self.state = Online.UNKNOWN
        self._info = self._load_backend()
        self._timer = QTimer(self)
        self._timer.setInterval(PROBE_EVERY_MS)
        self._timer.timeout.connect(self.refresh)
        if self._info is not None:
            # a bound slot of this QObject: Qt drops the connection when the window (and this
            # monitor) is replaced, e.g. on a language switch; a lambda would outlive it
            self._info.reachabilityChanged.connect(self._on_reachability)
        self._timer.start()

    @staticmethod
    def _load_backend() -> QNetworkInformation | None:
        if QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
            return QNetworkInformation.instance()
        return None

    def set_hub_url(self, hub_url: str) -> None:
        self._hub_url = hub_url
        self.refresh()

    def stop(self) -> None:
        self._timer.stop()
        if self._info is not None:
            self._info.reachabilityChanged.disconnect(self._on_reachability)
            self._info = None

    def refresh(self) -> None:
        if self._info is not None:
            reach = self._info.reachability()
            if reach == QNetworkInformation.Reachability.Online:
                self._set(Online.ONLINE)
                return
            if reach == QNetworkInformation.Reachability.Disconnected:
                self._set(Online.OFFLINE)
                return
        if self._hub_url:
            url = self._hub_url
            self._tasks.submit(
                lambda _p, _c: probe_hub(url),
                on_done=self._probe_answered,
                on_error=self._probe_failed,
            )

    def _on_reachability(self, _reachability) -> None:
        self.refresh()

    def _probe_answered(self, reachable: bool) -> None:
        self._set(Online.ONLINE if reachable else Online.OFFLINE)

    def _probe_failed(self, _exc: BaseException) -> None:
        self._set(Online.OFFLINE)

    def _set(self, state: Online) -> None:
        if state != self.state:
            self.state = state
            self.changed.emit(state)
