"""Hypothesis strategies: identities written to slip past a naive check (SPEC §7).

Each draws a real identity (a Luhn-valid personnummer, a Swedish phone number, an
e-mail address) and then disguises it: other separators, ISO-date shape, full-width
digits, zero-width and other format characters, `[at]` for `@`.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from omradesapp.domain.identity import luhn_ok

FORMAT_CHARACTERS = ["\u200b", "\u00ad", "\u2060", "\u200c", "\u200d", "\ufeff"]
SEPARATORS = ["", "-", "+", ".", "/", "_", ":", " ", "\n", "\r\n", "\u2013", " - ", "\u00a0"]


def _luhn_digit(nine: str) -> str:
    return next(d for d in "0123456789" if luhn_ok(nine + d))


def full_width(text: str) -> str:
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in text)


@st.composite
def _with_format_characters(draw: st.DrawFn, text: str) -> str:
    """`text` with one to three format characters put anywhere between its characters."""
    chars = list(text)
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(1, max(1, len(chars) - 1)))
        chars.insert(at, draw(st.sampled_from(FORMAT_CHARACTERS)))
    return "".join(chars)


@st.composite
def _disguised(draw: st.DrawFn, text: str) -> str:
    how = draw(st.sampled_from(["plain", "full-width", "format", "both"]))
    if how in ("full-width", "both"):
        text = full_width(text)
    if how in ("format", "both"):
        text = draw(_with_format_characters(text))
    return text


@st.composite
def personnummer(draw: st.DrawFn) -> str:
    born = draw(st.dates(min_value=dt.date(1890, 1, 1), max_value=dt.date(2026, 12, 31)))
    coordination = draw(st.booleans())
    day = born.day + (60 if coordination else 0)
    nine = f"{born:%y%m}{day:02d}{draw(st.integers(0, 999)):03d}"
    ten = nine + _luhn_digit(nine)
    century = f"{born.year // 100}"
    if draw(st.booleans()):  # ISO-date shape: 1985-01-01-1236, 85.01.01.1236
        sep = draw(st.sampled_from(["-", ".", "/", " ", "_"]))
        head = (century if draw(st.booleans()) else "") + ten[:2]
        text = sep.join([head, ten[2:4], ten[4:6], ten[6:]])
    else:
        head = (century if draw(st.booleans()) else "") + ten[:6]
        text = head + draw(st.sampled_from(SEPARATORS)) + ten[6:]
    return draw(_disguised(text))


@st.composite
def phone_numbers(draw: st.DrawFn) -> str:
    d = "".join(str(draw(st.integers(0, 9))) for _ in range(8))
    text = draw(
        st.sampled_from(
            [
                f"07{d[0]}-{d[1:4]} {d[4:6]} {d[6:]}",
                f"07{d}",
                f"+46 7{d[0]} {d[1:4]} {d[4:6]} {d[6:]}",
                f"07{d[0]}.{d[1:4]}.{d[4:6]}.{d[6:]}",
                f"013-{d[:2]} {d[2:4]} {d[4:6]}",
            ]
        )
    )
    return draw(_disguised(text))


@st.composite
def email_addresses(draw: st.DrawFn) -> str:
    local = draw(st.sampled_from(["anna.a", "b.berg", "kalle", "mamma_2"]))
    domain = draw(st.sampled_from(["example.se", "kommun.se", "mail.example.com"]))
    at = draw(st.sampled_from(["@", " @ ", "\uff20", " [at] ", " (at) ", "[AT]", " ( at ) "]))
    return draw(_disguised(f"{local}{at}{domain}"))


def identities() -> st.SearchStrategy[str]:
    """Any disguised identity, sometimes with ordinary words around it."""
    core = st.one_of(personnummer(), phone_numbers(), email_addresses())
    return st.tuples(
        st.sampled_from(["", "ring ", "pappa ", "gäller "]),
        core,
        st.sampled_from(["", " igen", ".", " imorgon"]),
    ).map("".join)


def short_identities() -> st.SearchStrategy[str]:
    """Disguised identities short enough for a name (at most 60 characters)."""
    return st.one_of(personnummer(), phone_numbers(), email_addresses())
