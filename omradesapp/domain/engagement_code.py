"""The shape of a family engagement's code (SPEC §12): `SS-2025-007`, `NV-2025-113`.

The code is made by the store when an engagement is opened, never typed: the assignment's
prefix, the start year and a running number per unit and year. It is the only key from our
figures to a family, and that key is kept in the journal system, not here.
"""

from __future__ import annotations

import re

from omradesapp.domain.identity import IdentityError, check_free_text

PATTERN = re.compile(r"[A-Z]{2}-\d{4}-\d{1,4}")  # used with fullmatch: no "\n" slips through
PREFIX_BY_ASSIGNMENT = {"coordinated": "SS", "network": "NV"}
MAX_NUMBER = 9999


def make_code(assignment: str, year: int, number: int) -> str:
    """The code of an engagement; numbers below 1000 are written with three digits."""
    if not 1 <= number <= MAX_NUMBER:
        raise ValueError(f"Löpnumret {number} ryms inte i en kod (1–{MAX_NUMBER}).")
    return f"{PREFIX_BY_ASSIGNMENT[assignment]}-{year:04d}-{number:03d}"


def code_problem(code: object) -> str | None:
    """What is wrong with a code, in Swedish, or None when it has the shape of one."""
    if not isinstance(code, str) or not PATTERN.fullmatch(code):
        return f"Ogiltig kod för familjeinsats: {str(code)[:40]!r} (ska se ut som SS-2025-007)."
    try:
        check_free_text(code)
    except IdentityError:
        return "Koden för familjeinsatsen liknar ett personnummer eller telefonnummer."
    return None


def code_parts(code: str) -> tuple[str, int, int]:
    """(prefix, year, number) of a code that has the shape (`code_problem` is None)."""
    prefix, year, number = code.split("-")
    return prefix, int(year), int(number)
