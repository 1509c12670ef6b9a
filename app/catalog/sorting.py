"""Vietnamese sort order as a plain string SQLite can compare byte by byte.

CLDR vi: ă, â, đ, ê, ô, ơ, ư are letters of their own (a < ă < â < b ...), and
tone marks are only a second-level difference (ngang < huyền < hỏi < ngã <
sắc < nặng). The key is the letters' ranks, a separator, then the tones, so
``ORDER BY sort_key`` gives dictionary order without ICU or Qt.
"""

from __future__ import annotations

import unicodedata

# Base letters in Vietnamese dictionary order; f j w z sit where Latin puts them.
_ALPHABET = [
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
    "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
]  # fmt: skip
_DIGITS = "0123456789"
# Printable ASCII ranks: space < digits < letters; '!' is reserved as the level separator.
_SPACE_RANK = "#"
_RANK: dict[str, str] = {d: chr(0x30 + i) for i, d in enumerate(_DIGITS)}
_RANK.update({letter: chr(0x41 + i) for i, letter in enumerate(_ALPHABET)})
_OTHER_RANK = "~"

_TONES = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}
_WITH_CIRCUMFLEX = {"a": "â", "e": "ê", "o": "ô"}
_WITH_HORN = {"o": "ơ", "u": "ư"}


def _letter_and_tone(char: str) -> tuple[str, str]:
    if char in "đĐÐð":
        return "đ", "0"
    decomposed = unicodedata.normalize("NFD", char.lower())
    base, marks = decomposed[:1], decomposed[1:]
    tone = "0"
    for mark in marks:
        if mark in _TONES:
            tone = _TONES[mark]
        elif mark == "\u0306" and base == "a":
            base = "ă"
        elif mark == "\u0302":
            base = _WITH_CIRCUMFLEX.get(base, base)
        elif mark == "\u031b":
            base = _WITH_HORN.get(base, base)
    return base, tone


def sort_key(text: str) -> str:
    primary: list[str] = []
    tones: list[str] = []
    for char in unicodedata.normalize("NFC", text).strip():
        if char.isspace():
            if primary and primary[-1] != _SPACE_RANK:
                primary.append(_SPACE_RANK)
            continue
        letter, tone = _letter_and_tone(char)
        rank = _RANK.get(letter)
        if rank is None:
            if not char.isalnum():
                continue  # punctuation does not decide order
            rank = _OTHER_RANK
        primary.append(rank)
        tones.append(tone)
    return "".join(primary) + "!" + "".join(tones)
