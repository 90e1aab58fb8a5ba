"""CSV cells to entry values, column by column: each header column gets its converter once.

Converters come from the field table (domain/fields.py); what they cannot see alone (codes
per kind, required fields, the identity guard on the note) `entry.validate` checks, so that
a CSV row obeys exactly the rules of every other entry.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any

from omradesapp.domain import codes
from omradesapp.domain.codebook import DEFAULT_BOOK, CodeBook
from omradesapp.domain.entry import Entry, ValidationError, entry_of_typed, validate
from omradesapp.domain.fields import FIELDS, EntryField
from omradesapp.domain.names import clean_name

Converter = Callable[[str], Any]
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _integer(col: str, high: int) -> Converter:
    def convert(v: str) -> int:
        if v.isascii() and v.isdigit() and (n := int(v)) <= high:
            return n
        raise ValidationError(col, f"ska vara ett heltal 0–{high}, inte {v!r}.")

    return convert


def _date(v: str) -> dt.date:
    try:
        if not _DATE.fullmatch(v):
            raise ValueError
        return dt.date.fromisoformat(v)
    except ValueError:
        raise ValidationError("date", f"ogiltigt datum {v!r} (ska vara ÅÅÅÅ-MM-DD).") from None


def _kind(v: str) -> str:
    if v not in codes.KINDS:
        raise ValidationError("kind", f"okänd typ {v!r}; giltiga: {', '.join(codes.KINDS.codes)}.")
    return v


def _flag(col: str) -> Converter:
    def convert(v: str) -> bool:
        if v not in ("0", "1"):
            raise ValidationError(col, f"ska vara 0 eller 1, inte {v!r}.")
        return v == "1"

    return convert


def _codes(v: str) -> tuple[str, ...]:
    if "|" not in v:
        return (v,)  # most cells hold one code (already stripped)
    return tuple([p for p in map(str.strip, v.split("|")) if p])


def _worker(v: str) -> str:
    return clean_name(v, "worker", "Medarbetarens namn")


def _converter(f: EntryField, units: Mapping[str, int]) -> Converter | None:
    """None for a column taken as text (`entry.validate` checks codes, time, id and note)."""
    if f.name == "kind":
        return _kind
    if f.name == "unit":

        def unit(v: str) -> int:
            unit_id = units.get(v.casefold())
            if unit_id is None:
                raise ValidationError("unit", f"okänd enhet {v!r}.")
            return unit_id

        return unit
    if f.name == "worker":
        return _worker
    return {
        "date": _date,
        "int": _integer(f.name, f.high),
        "bool": _flag(f.name),
        "codes": _codes,
    }.get(f.type)


class RowParser:
    """Turns the cells of one row into a validated entry and the worker's name, if given."""

    def __init__(
        self, header: list[str], units: Mapping[str, int], book: CodeBook = DEFAULT_BOOK
    ) -> None:
        self.book = book  # the codes that exist here: built-in and the municipality's own
        at = {h: i for i, h in enumerate(header)}
        # In the table's order, so that a row with several errors names the same one first.
        taken = [f for f in FIELDS if f.name in at and f.name != "worker"]
        self.text = [(f.attr, at[f.name]) for f in taken if _converter(f, units) is None]
        self.plan = [
            (f.attr, at[f.name], convert)
            for f in taken
            if (convert := _converter(f, units)) is not None
        ]
        self.worker = at.get("worker")
        self.required = [(f.attr, f.name) for f in FIELDS if f.required_for == codes.KINDS.codes]

    def parse(self, cells: list[str]) -> tuple[Entry, str | None]:
        """Cells already stripped. Raises ValidationError naming the column."""
        values: dict[str, Any] = {attr: cells[i] for attr, i in self.text if cells[i]}
        for attr, i, convert in self.plan:
            cell = cells[i]
            if cell:
                values[attr] = convert(cell)
        for attr, column in self.required:
            if attr not in values:
                raise ValidationError(column, "saknas.")
        worker = None
        if self.worker is not None and cells[self.worker]:
            worker = _worker(cells[self.worker])
        return validate(entry_of_typed(values), self.book), worker
