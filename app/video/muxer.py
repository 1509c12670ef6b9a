"""The output MP4 for the copying modes: timestamps from zero, dts always increasing."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av


class CopyMuxer:
    """Writes packets copied (or spliced) from one source's video and audio streams."""

    def __init__(
        self,
        path: Path,
        vin: av.VideoStream,
        ain: av.AudioStream | None,
        rotation: int,
        video_extradata: bytes | None = None,
    ) -> None:
        self.container = av.open(str(path), "w", format="mp4", options={"movflags": "+faststart"})
        self.vtb: Fraction = vin.time_base
        self.video = self.container.add_stream_from_template(vin)
        self.video.time_base = vin.time_base
        if vin.codec_context.name == "hevc":
            # Apple players only accept HEVC in MP4 under the 'hvc1' tag
            self.video.codec_context.codec_tag = "hvc1"
        if video_extradata is not None:
            self.video.codec_context.extradata = video_extradata
        if rotation:
            self.video.set_display_rotation(rotation)
        self.audio = None
        self.atb: Fraction | None = None
        if ain is not None:
            self.audio = self.container.add_stream_from_template(ain)
            # audio timestamps are written in samples (see AudioSource)
            self.atb = Fraction(1, ain.codec_context.sample_rate or 48000)
            self.audio.time_base = self.atb
        self._last_dts: dict[str, int] = {}

    def _write(self, kind: str, stream, packet: av.Packet, pts: int, dts: int, tb) -> None:
        last = self._last_dts.get(kind)
        if last is not None and dts <= last:
            dts = last + 1  # a join between pieces with different reorder delays
        pts = max(pts, dts)
        self._last_dts[kind] = dts
        packet.pts = pts
        packet.dts = dts
        packet.time_base = tb
        packet.stream = stream
        self.container.mux(packet)

    def write_video(self, packet: av.Packet, pts: int, dts: int) -> None:
        self._write("v", self.video, packet, pts, dts, self.vtb)

    def write_audio(self, packet: av.Packet, pts: int) -> None:
        self._write("a", self.audio, packet, pts, pts, self.atb)

    def close(self) -> None:
        self.container.close()
