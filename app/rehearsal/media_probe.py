"""How much of a recording plays, even when its writer was killed before finishing it.

A fragmented MP4 cut short has no index at the end, so the container's duration can
be unknown; walking the packets (no decoding) gives the real length, and a damaged
last fragment simply ends the walk.
"""

from __future__ import annotations

from pathlib import Path

import av


def playable_duration(path: Path) -> float:
    """Seconds of sound or picture that can be read from ``path`` (0 when none)."""
    try:
        container = av.open(str(path))
    except (av.FFmpegError, OSError, ValueError):
        return 0.0
    end = 0.0
    try:
        streams = [s for s in container.streams if s.type in ("video", "audio")]
        if not streams:
            return 0.0
        try:
            for packet in container.demux(*streams):
                if packet.pts is None or packet.time_base is None:
                    continue
                length = packet.duration or 0
                end = max(end, float((packet.pts + length) * packet.time_base))
        except av.FFmpegError:
            pass  # a truncated tail: what was read before it counts
    finally:
        container.close()
    return end
