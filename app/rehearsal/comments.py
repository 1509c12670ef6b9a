"""Practice viewer comments: Vietnamese questions built from the current product's data.

The question bank is editable data (``comment_bank.json``): categories (price, size,
colour, material, shipping, returns, order codes, greetings, the odd rude one), each with
a weight and templates. A template is used only when the product has what it needs
(a product without colours never gets "còn màu đỏ không?"). ``CommentFeed`` times the
comments of one block at a steady pace with a little jitter; the same seed gives the same
comments at the same times, so a take can be replayed and tested.
"""

from __future__ import annotations

import json
import random
import string
import zlib
from dataclasses import dataclass
from pathlib import Path

from app.rehearsal.plan_model import Block
from app.text import fold, format_vnd

BANK_PATH = Path(__file__).with_name("comment_bank.json")
DEFAULT_PACE_PER_MINUTE = 6.0
FIRST_COMMENT_MAX_S = 3.0  # a new product gets its first question quickly, as in a real live
JITTER = 0.4  # each gap is the mean gap ± 40 %

_SIZE_AXES = ("kich", "size", "co", "duong kinh", "loai", "dung tich", "khoi luong")
_COLOUR_AXES = ("mau", "color", "colour")


@dataclass(frozen=True)
class Comment:
    id: str
    author: str
    text: str
    kind: str  # a bank category: price, size, colour, material, shipping, returns, ...
    at_s: float


@dataclass(frozen=True)
class Category:
    name: str
    weight: float
    templates: tuple[str, ...]


@dataclass(frozen=True)
class CommentBank:
    authors: tuple[str, ...]
    categories: dict[str, Category]
    by_block_kind: dict[str, tuple[str, ...]]  # opening/closing: categories that fit there


def load_bank(path: Path | None = None) -> CommentBank:
    """Read the bank (the packaged one by default); raises ``ValueError`` on a wrong shape."""
    data = json.loads((path or BANK_PATH).read_text(encoding="utf-8"))
    try:
        categories = {
            name: Category(name, float(spec.get("weight", 1)), tuple(spec["templates"]))
            for name, spec in data["categories"].items()
        }
        authors = tuple(data["authors"]) or ("Khách",)
        by_kind = {k: tuple(v) for k, v in data.get("by_block_kind", {}).items()}
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"comment bank {path or BANK_PATH}: {exc}") from exc
    return CommentBank(authors, categories, by_kind)


def block_fields(block: Block) -> dict[str, str]:
    """Values the templates may use for this block (missing keys = template skipped)."""
    fields: dict[str, str] = {}
    card = block.product
    if block.order_code:
        fields["code"] = block.order_code
    if card is None:
        return fields
    if card.name:
        fields["name"] = card.name
        fields["short"] = " ".join(card.name.split()[:2]).lower()
    if card.price is not None:
        fields["price"] = format_vnd(card.price)
    for axis_name, values in (
        (card.option1_name, card.option1_values),
        (card.option2_name, card.option2_values),
    ):
        if not values:
            continue
        folded = fold(axis_name)
        if any(word in folded for word in _COLOUR_AXES):
            fields.setdefault("colour", "|".join(values))
        elif "size" not in fields:
            fields["size"] = "|".join(values)
            fields["option_name"] = axis_name.lower() or "loại"
    return fields


def _needs(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


class CommentFeed:
    """Comments for one visit of one block, from ``start_s`` on, ``pace_per_minute`` on average.

    ``due(now_s)`` returns the comments whose time has come since the last call (in order).
    """

    def __init__(
        self,
        plan_block: Block,
        bank: CommentBank,
        pace_per_minute: float = DEFAULT_PACE_PER_MINUTE,
        seed: int = 0,
        *,
        start_s: float = 0.0,
        id_prefix: str = "",
    ) -> None:
        self.block = plan_block
        self.bank = bank
        self.pace = max(0.0, pace_per_minute)
        mixed = zlib.crc32(f"{seed}:{plan_block.id}:{id_prefix}".encode())
        self._rng = random.Random(mixed)
        self._prefix = id_prefix or plan_block.id[:8]
        self._count = 0
        self._fields = block_fields(plan_block)
        self._choices = self._usable_templates()
        if self.pace > 0 and self._choices:
            mean = 60.0 / self.pace
            first = min(0.4 * mean, FIRST_COMMENT_MAX_S)
            self._next_at = start_s + first * (1.0 - self._rng.uniform(0.0, JITTER))
        else:
            self._next_at = float("inf")

    def _jitter(self) -> float:
        return 1.0 + self._rng.uniform(-JITTER, JITTER)

    def _usable_templates(self) -> list[tuple[str, str, float]]:
        """(category, template, weight) the block's data can fill."""
        allowed = self.bank.by_block_kind.get(self.block.kind)
        usable: list[tuple[str, str, float]] = []
        for category in self.bank.categories.values():
            if allowed is not None and category.name not in allowed:
                continue
            fitting = [t for t in category.templates if _needs(t) <= self._fields.keys()]
            for template in fitting:
                usable.append((category.name, template, category.weight / len(fitting)))
        return [u for u in usable if u[2] > 0]

    @property
    def next_at(self) -> float:
        return self._next_at

    def due(self, now_s: float) -> list[Comment]:
        out: list[Comment] = []
        while self._next_at <= now_s:
            out.append(self._make(self._next_at))
            self._next_at += (60.0 / self.pace) * self._jitter()
        return out

    def _make(self, at_s: float) -> Comment:
        kind, template, _ = self._rng.choices(self._choices, weights=[c[2] for c in self._choices])[
            0
        ]
        values = {
            key: self._rng.choice(value.split("|")) if "|" in value else value
            for key, value in self._fields.items()
        }
        self._count += 1
        return Comment(
            id=f"{self._prefix}-{self._count}",
            author=self._rng.choice(self.bank.authors),
            text=template.format(**values),
            kind=kind,
            at_s=round(at_s, 3),
        )
