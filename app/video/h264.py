"""Just enough H.264 bitstream handling to splice re-encoded frames into a copied stream.

The smart cut's re-encoded pieces carry their own SPS/PPS under ids the source does
not use, written both in-band and into the output's ``avcC`` box, so the copied
frames keep decoding with the source's parameter sets and the new frames with theirs.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

NAL_SPS = 7
NAL_PPS = 8


def split_annexb(data: bytes) -> list[bytes]:
    """NAL units of an Annex B byte stream (00 00 01 / 00 00 00 01 start codes)."""
    units: list[bytes] = []
    starts: list[tuple[int, int]] = []  # (start code position, payload start)
    pos = data.find(b"\x00\x00\x01")
    while pos != -1:
        code_start = pos - 1 if pos > 0 and data[pos - 1] == 0 else pos
        starts.append((code_start, pos + 3))
        pos = data.find(b"\x00\x00\x01", pos + 3)
    for index, (_, payload) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(data)
        unit = data[payload:end]
        if unit:
            units.append(unit)
    return units


def to_length_prefixed(units: list[bytes], length_size: int) -> bytes:
    return b"".join(len(u).to_bytes(length_size, "big") + u for u in units)


def nal_type(unit: bytes) -> int:
    return unit[0] & 0x1F


class _Bits:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def bit(self) -> int:
        byte = self.data[self.pos >> 3]
        value = (byte >> (7 - (self.pos & 7))) & 1
        self.pos += 1
        return value

    def ue(self) -> int:
        zeros = 0
        while self.bit() == 0:
            zeros += 1
        value = 1
        for _ in range(zeros):
            value = (value << 1) | self.bit()
        return value - 1


def parameter_set_id(unit: bytes) -> int:
    """seq_parameter_set_id of an SPS (after 3 fixed bytes) or pic_parameter_set_id of a PPS."""
    if nal_type(unit) == NAL_SPS:
        return _Bits(unit[4:]).ue()
    return _Bits(unit[1:]).ue()


@dataclass
class AvcConfig:
    """An ``AVCDecoderConfigurationRecord`` (the MP4 ``avcC`` box payload)."""

    header: bytes  # version, profile, compatibility, level
    length_size: int
    sps: list[bytes]
    pps: list[bytes]
    trailer: bytes  # chroma/bit-depth extension of high profiles

    @classmethod
    def parse(cls, data: bytes) -> AvcConfig:
        if len(data) < 7 or data[0] != 1:
            raise ValueError("not an avcC record")
        length_size = (data[4] & 0x03) + 1
        pos = 5
        lists: list[list[bytes]] = []
        for mask in (0x1F, 0xFF):  # SPS count lives in the low 5 bits, PPS count in a byte
            count = data[pos] & mask
            pos += 1
            units: list[bytes] = []
            for _ in range(count):
                size = struct.unpack(">H", data[pos : pos + 2])[0]
                units.append(data[pos + 2 : pos + 2 + size])
                pos += 2 + size
            lists.append(units)
        sps, pps = lists
        return cls(data[:4], length_size, sps, pps, data[pos:])

    def build(self) -> bytes:
        out = bytearray(self.header)
        out.append(0xFC | (self.length_size - 1))
        out.append(0xE0 | len(self.sps))
        for unit in self.sps:
            out += struct.pack(">H", len(unit)) + unit
        out.append(len(self.pps))
        for unit in self.pps:
            out += struct.pack(">H", len(unit)) + unit
        out += self.trailer
        return bytes(out)

    def used_ids(self) -> set[int]:
        return {parameter_set_id(u) for u in self.sps} | {parameter_set_id(u) for u in self.pps}

    def add(self, units: list[bytes]) -> None:
        """Add parameter sets not already present (compared by bytes)."""
        for unit in units:
            kind = nal_type(unit)
            if kind == NAL_SPS and unit not in self.sps:
                self.sps.append(unit)
            elif kind == NAL_PPS and unit not in self.pps:
                self.pps.append(unit)
