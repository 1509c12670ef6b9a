"""Vietnamese folding and money, as sellers type them."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.text import clean, fold, format_vnd, nfc, parse_vnd


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("den", "Đèn lồng"),
        ("man tuyn", "Màn tuyn 1m8"),
        ("chong muoi", "chống muỗi"),
        ("non la", "Nón lá Huế"),
        ("kham trai", "Hộp khảm trai"),
        ("DEN", "đèn"),
        ("den", "Ðèn"),  # Icelandic Eth pasted for Đ
    ],
)
def test_unaccented_typing_matches_accented_names(typed, stored):
    assert fold(typed) in fold(stored)


def test_decomposed_input_folds_and_normalises_like_precomposed():
    decomposed = unicodedata.normalize("NFD", "Màn tuyn chống muỗi")
    assert decomposed != "Màn tuyn chống muỗi"
    assert nfc(decomposed) == "Màn tuyn chống muỗi"
    assert fold(decomposed) == fold("Màn tuyn chống muỗi") == "man tuyn chong muoi"


def test_clean_collapses_spaces():
    assert clean("  Nón   lá\t Huế ") == "Nón lá Huế"


@given(st.text())
def test_fold_is_idempotent_and_ascii_for_vietnamese(text):
    once = fold(text)
    assert fold(once) == once


@pytest.mark.parametrize(
    ("amount", "shown"),
    [(0, "0 ₫"), (150000, "150.000 ₫"), (1500000, "1.500.000 ₫"), (999, "999 ₫")],
)
def test_money_is_shown_the_vietnamese_way(amount, shown):
    assert format_vnd(amount) == shown


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("150000", 150000),
        ("150.000", 150000),
        ("150k", 150000),
        ("150K", 150000),
        ("1,5tr", 1500000),
        ("1.5tr", 1500000),
        ("1tr5", 1500000),
        ("2tr", 2000000),
        ("150.000 ₫", 150000),
        ("150.000đ", 150000),
        ("  25 000 ", 25000),
    ],
)
def test_money_is_read_as_sellers_type_it(typed, amount):
    assert parse_vnd(typed) == amount


@pytest.mark.parametrize("typed", ["abc", "-5000", "", "1.5.5tr", "12xyz", "1tr5.5"])
def test_nonsense_money_is_refused(typed):
    with pytest.raises(ValueError):
        parse_vnd(typed)


@given(st.integers(min_value=0, max_value=10**12))
def test_shown_money_reads_back(amount):
    assert parse_vnd(format_vnd(amount)) == amount
