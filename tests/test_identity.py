"""The identity guard (SPEC §7): every valid number is caught, ordinary notes pass."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from omradesapp.domain.identity import IdentityError, check_free_text, find_identity, luhn_ok


def luhn_digit(nine: str) -> str:
    for d in "0123456789":
        if luhn_ok(nine + d):
            return d
    raise AssertionError("unreachable")


@st.composite
def identity_numbers(draw: st.DrawFn) -> str:
    """A valid personnummer or samordningsnummer in any of its written forms."""
    born = draw(st.dates(min_value=dt.date(1890, 1, 1), max_value=dt.date(2026, 12, 31)))
    coordination = draw(st.booleans())
    day = born.day + (60 if coordination else 0)
    serial = draw(st.integers(0, 999))
    nine = f"{born:%y%m}{day:02d}{serial:03d}"
    ten = nine + luhn_digit(nine)
    century = draw(st.booleans())
    sep = draw(st.sampled_from(["", "-", "+"]))
    head = (f"{born.year // 100}" if century else "") + ten[:6]
    return f"{head}{sep}{ten[6:]}"


@given(
    identity_numbers(),
    st.sampled_from(["", "pappa ", "ringde ang. ", "("]),
    st.sampled_from(["", " igen", ")", "."]),
)
def test_every_valid_identity_number_is_caught(number: str, before: str, after: str) -> None:
    found = find_identity(before + number + after)
    assert found is not None
    assert found.kind == "personnummer"
    with pytest.raises(IdentityError):
        check_free_text(before + number + after)


@given(identity_numbers())
def test_a_wrong_check_digit_is_not_an_identity_number(number: str) -> None:
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    found = find_identity(wrong)
    assert found is None or found.kind != "personnummer"


ORDINARY_PHRASES = [
    "kl 10-12", "2 barn", "3 vuxna", "mamma hade frågor", "om förskola", "bostad",
    "uppföljning v. 47", "nästa vecka", "0-5 år", "kl 13:30", "ca 45 min", "2026-10-02",
    "rum 3", "grupp torsdag", "ekonomi", "Försäkringskassan", "tolk", "1 362 kr", "24,3 %",
    "vecka 12", "barn 6-12 år", "möte 9.00-10.30", "3 av 5 kom", "ca 10 st", "§ 14",
    "2026-11-27", "kl 14.30", "3/4 barn", "2026-10-01-2026-10-31", "möte @ biblioteket",
    "kl 9.00\n", "12:00", "1/2 dag",
]  # fmt: skip


@settings(max_examples=500)
@given(st.lists(st.sampled_from(ORDINARY_PHRASES), max_size=12).map(" ".join))
def test_ordinary_notes_pass(note: str) -> None:
    assert find_identity(note) is None
    check_free_text(note)


@pytest.mark.parametrize(
    "note",
    ["kl 10-12", "2 barn, 3 vuxna", "Möte 2026-10-02 kl 13:30-15:00", "rum 101, 0-5 år", "v. 47"],
)
def test_known_ordinary_notes_pass(note: str) -> None:
    assert find_identity(note) is None


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        ("ring 070-123 45 67", "phone"),
        ("tel 0701234567", "phone"),
        ("växeln 013-20 60 00", "phone"),
        ("+46 70 123 45 67", "phone"),
        ("0046701234567", "phone"),
        ("Möte 2026-10-02, ring 070-123 45 67", "phone"),
        ("2026-10-02 070-1234567", "phone"),
        ("070-123 45 67 2026", "phone"),
        ("mejla anna.berg@example.se", "email"),
        ("19850709-9805", "personnummer"),
        ("pappa 121212\u20131212", "personnummer"),  # en dash, as word processors write it
        ("121212\u20111212", "personnummer"),  # non-breaking hyphen
        ("19121212 - 1212", "personnummer"),
        ("tel:070-123 45 67", "phone"),
        ("Tel.0701234567", "phone"),
        ("mobil/070-1234567", "phone"),
        ("tfn.013-20 60 00", "phone"),
        ("ring 070.123.45.67", "phone"),
        ("ring 070\u2013123 45 67", "phone"),
        ("ring 070 - 123 45 67", "phone"),
        ("ring 46701234567", "phone"),
        ("850709 9805", "personnummer"),
    ],
)
def test_phone_numbers_and_email_addresses_are_caught(note: str, kind: str) -> None:
    found = find_identity(note)
    assert found is not None and found.kind == kind
    assert "Skriv inga namn" in found.message
