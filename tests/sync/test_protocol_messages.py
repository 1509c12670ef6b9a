"""Protocol messages accept what the docs promise and refuse the rest."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.sync.protocol import Change, PushRequest

STAMP = "001795696066101-0000-pc1"


def test_a_push_with_every_kind_of_change_validates():
    request = PushRequest.model_validate({
        "batch_id": "batch-0001",
        "changes": [
            {"table": "product", "row_id": "p1", "field": "name", "value": "Nón lá", "hlc": STAMP},
            {"table": "product", "row_id": "p1", "op": "delete", "hlc": STAMP},
            {"table": "stock_movement", "row_id": "m1", "op": "insert", "value": {"delta": -1}, "hlc": STAMP},
        ],
    })  # fmt: skip
    assert [c.target_field for c in request.changes] == ["name", "_deleted", "*"]
    assert request.changes[1].target_value is True


@pytest.mark.parametrize("change", [
    {"table": "product", "row_id": "p1", "value": 1, "hlc": STAMP},  # set without a field
    {"table": "product", "row_id": "p1", "op": "insert", "value": 3, "hlc": STAMP},  # record not an object
    {"table": "Product;drop", "row_id": "p1", "field": "name", "value": 1, "hlc": STAMP},
    {"table": "product", "row_id": "../x", "field": "name", "value": 1, "hlc": STAMP},
    {"table": "product", "row_id": "p1", "field": "_deleted", "value": "yes", "hlc": STAMP},
    {"table": "product", "row_id": "p1", "field": "name", "value": 1, "hlc": "yesterday"},
    {"table": "product", "row_id": "p1", "field": "name", "value": 1, "hlc": STAMP, "extra": 1},
])  # fmt: skip
def test_malformed_changes_are_refused(change):
    with pytest.raises(ValidationError):
        Change.model_validate(change)


def test_an_unknown_protocol_version_is_reported_before_anything_else():
    with pytest.raises(ValidationError) as caught:
        PushRequest.model_validate({"protocol": 7, "whatever": "new"})
    assert [e["type"] for e in caught.value.errors()] == ["unsupported_protocol"]
