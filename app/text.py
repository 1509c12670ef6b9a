"""Vietnamese text rules: NFC on the way in, folding for search, VND money.

See FIELD-NOTES "Vietnamese text": ``đ`` has no decomposition, so it is mapped
to ``d`` by hand; Icelandic ``Ð`` pasted for ``Đ`` folds the same way.
"""

from __future__ import annotations

import re
import unicodedata

_D_MAP = str.maketrans({"đ": "d", "Đ": "d", "Ð": "d", "ð": "d"})
_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    """Windows' Vietnamese keyboard and Windows-1258 files give combining marks; store NFC."""
    return unicodedata.normalize("NFC", text)


def clean(text: str) -> str:
    """NFC with runs of white space collapsed and the ends trimmed."""
    return _SPACES.sub(" ", nfc(text)).strip()


def fold(text: str) -> str:
    """Lower case, no tone or vowel marks, đ→d: ``Màn tuyn chống muỗi`` → ``man tuyn chong muoi``."""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_MAP))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def format_vnd(amount: int) -> str:
    """``150000`` → ``150.000 ₫`` (vi_VN: dots between thousands, no decimals)."""
    sign = "-" if amount < 0 else ""
    return f"{sign}{abs(int(amount)):,} ₫".replace(",", ".")


_MONEY_UNITS = {
    "k": 1_000,
    "ng": 1_000,
    "nghin": 1_000,
    "ngan": 1_000,
    "tr": 1_000_000,
    "trieu": 1_000_000,
    "m": 1_000_000,
}
_MONEY = re.compile(r"^(?P<number>\d+(?:[.,]\d+)*)\s*(?P<unit>[a-z]*)\s*(?P<tail>\d*)$")


def parse_vnd(text: str) -> int:
    """Read money as sellers type it: ``150000``, ``150.000``, ``150k``, ``1,5tr``, ``1tr5``, ``150.000 ₫``.

    Raises ``ValueError`` for anything else (negative numbers included).
    """
    raw = (
        fold(text).replace("₫", "").replace("vnd", "").replace("dong", "").replace("d", "").strip()
    )
    raw = raw.replace(" ", "")
    match = _MONEY.match(raw)
    if not match or not raw:
        raise ValueError(text)
    number, unit, tail = match["number"], match["unit"], match["tail"]
    if unit and unit not in _MONEY_UNITS:
        raise ValueError(text)
    if not unit:
        if tail:
            raise ValueError(text)
        # Without a unit, '.' and ',' are thousands separators: 150.000 and 150,000 are the same.
        digits = number.replace(".", "").replace(",", "")
        return int(digits)
    multiplier = _MONEY_UNITS[unit]
    if tail:  # 1tr5 = 1.5 million, 2k5 = 2 500
        if any(sep in number for sep in ".,"):
            raise ValueError(text)
        return int(number) * multiplier + int(tail) * multiplier // (10 ** len(tail))
    whole, _, fraction = number.replace(",", ".").partition(".")
    if "." in fraction:
        raise ValueError(text)
    value = int(whole) * multiplier
    if fraction:
        value += int(fraction) * multiplier // (10 ** len(fraction))
    return value
