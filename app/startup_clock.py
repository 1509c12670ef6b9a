"""How long ago the operating system started this process (for ``startup_ms``)."""

from __future__ import annotations

import os
import sys
import time


def process_age_ms(fallback_start: float | None = None) -> float:
    """Milliseconds since process creation; falls back to a perf_counter mark."""
    age = (
        _linux_age()
        if sys.platform.startswith("linux")
        else _windows_age()
        if sys.platform == "win32"
        else None
    )
    if age is not None:
        return age
    if fallback_start is not None:
        return (time.perf_counter() - fallback_start) * 1000
    return 0.0


def _linux_age() -> float | None:
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 overall: starttime in clock ticks since boot
        with open("/proc/uptime", encoding="ascii") as uptime:
            uptime_s = float(uptime.read().split()[0])
        return (uptime_s - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except (OSError, ValueError, IndexError):
        return None


def _windows_age() -> float | None:
    try:
        import ctypes
        from ctypes import wintypes

        creation, exit_, kernel, user = (wintypes.FILETIME() for _ in range(4))
        handle = ctypes.windll.kernel32.GetCurrentProcess()
        if not ctypes.windll.kernel32.GetProcessTimes(
            handle,
            ctypes.byref(creation),
            ctypes.byref(exit_),
            ctypes.byref(kernel),
            ctypes.byref(user),
        ):
            return None
        now = wintypes.FILETIME()
        ctypes.windll.kernel32.GetSystemTimeAsFileTime(ctypes.byref(now))

        def as_int(ft):
            return (ft.dwHighDateTime << 32) | ft.dwLowDateTime

        return (as_int(now) - as_int(creation)) / 10_000  # 100 ns units
    except (AttributeError, OSError):
        return None
