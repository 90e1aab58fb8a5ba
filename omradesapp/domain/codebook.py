"""The code book: the built-in code lists (domain/codes.py) grown by a municipality's own codes.

A municipality adds codes (a partner such as Nätverkslaget, a group type such as
Föräldraråd, a topic) and retires codes without editing code (SPEC §2). The store keeps
those additions and retirements; a `CodeBook` puts them together with the built-in lists,
and validation, the form, the importer and the figures ask it for the codes of a list.

A retired code stays valid: old entries and imported history keep it, and reports count
it. Only the forms leave it out (`active`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from omradesapp.domain import codes

# The lists a municipality may add to, and the time-split categories an added code of
# a list may count as (None: the list's kind decides, SPEC §9).
EXTENSIBLE: dict[str, tuple[str, ...] | None] = {
    "form": None,
    "topics": None,
    "meeting_type": ("client", "area"),
    "partners": None,
    "group_type": None,
    "category": codes.SPLIT_CATEGORIES.codes,
}
BUILT_IN = {cl.name: cl for cl in codes.ALL_LISTS}
# Referrals point at the partner organisations: an added partner is a referral too.
_SHARED = {"referral": "partners"}
KEY_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,39}")


@dataclass(frozen=True)
class AddedCode:
    """A municipality's own code: its list, stable key, Swedish label and time-split category."""

    list: str
    code: str
    label: str
    split: str | None = None


@dataclass(frozen=True)
class CodeBook:
    """The codes of every list: built-in ones, then added ones; `retired` leave the forms."""

    added: tuple[AddedCode, ...] = ()
    retired: frozenset[tuple[str, str]] = field(default_factory=frozenset)

    def code_list(self, base: codes.CodeList) -> codes.CodeList:
        """`base` with the codes added to its list (every code, retired ones too)."""
        return self._grown.get(base.name, base)

    def active(self, base: codes.CodeList) -> tuple[str, ...]:
        """The codes of `base`'s list a new entry may take (retired ones left out)."""
        name = _SHARED.get(base.name, base.name)
        return tuple(c for c in self.code_list(base).codes if (name, c) not in self.retired)

    def is_added(self, list_name: str, code: str) -> bool:
        return any(a.list == list_name and a.code == code for a in self.added)

    def split(self, list_name: str, code: str) -> str | None:
        """The time-split category an added code counts as; built-in ones: codes.py."""
        for a in self.added:
            if a.list == list_name and a.code == code:
                return a.split
        if list_name == "category":
            return codes.SPLIT_BY_TIME_CATEGORY.get(code)
        return None

    @cached_property
    def _grown(self) -> dict[str, codes.CodeList]:
        grown: dict[str, codes.CodeList] = {}
        for cl in (*codes.ALL_LISTS, codes.REFERRALS):
            name = _SHARED.get(cl.name, cl.name)
            extra = tuple((a.code, a.label) for a in self.added if a.list == name)
            if extra:
                grown[cl.name] = codes.CodeList(cl.name, cl.items + extra)
        return grown

    @cached_property
    def fields(self) -> tuple[codes.Field, ...]:
        """The coded fields of an entry, each with its grown code list."""
        return tuple(
            codes.Field(f.name, self.code_list(f.codes), f.multi, f.kinds, f.required_for)
            for f in codes.CODED_FIELDS
        )


DEFAULT_BOOK = CodeBook()


def make_key(label: str, taken: Iterable[str]) -> str:
    """A stable key from a label: lower-case ascii, `_` between words, unique among `taken`.

    'Nätverkslaget' -> 'natverkslaget'; a second 'Föräldraråd' -> 'foraldrarad_2'.
    """
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    key = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")[:36] or "kod"
    if not key[0].isalpha():
        key = "k_" + key
    used = set(taken)
    candidate, n = key, 1
    while candidate in used:
        n += 1
        candidate = f"{key}_{n}"
    return candidate
