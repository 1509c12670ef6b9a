"""HTTP Range header parsing (RFC 9110 §14): one byte range, or the whole body."""

from __future__ import annotations

import re

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


class RangeNotSatisfiable(ValueError):
    pass


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """``(start, end)`` inclusive, ``None`` for the whole body; raises when it can't be served.

    Several ranges at once are answered with the whole body, which RFC 9110 allows.
    """
    if not header:
        return None
    match = _RANGE.match(header.strip())
    if not match:
        if "," in header and header.strip().startswith("bytes="):
            return None
        raise RangeNotSatisfiable(header)
    first, last = match[1], match[2]
    if not first and not last:
        raise RangeNotSatisfiable(header)
    if not first:  # suffix: the last N bytes
        length = int(last)
        if length == 0 or size == 0:
            raise RangeNotSatisfiable(header)
        return max(0, size - length), size - 1
    start = int(first)
    end = int(last) if last else size - 1
    if start >= size or end < start:
        raise RangeNotSatisfiable(header)
    return start, min(end, size - 1)
