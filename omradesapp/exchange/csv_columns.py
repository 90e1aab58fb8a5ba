"""CSV cells to entry values, column by column: each header column gets its converter once.

Converters come from the field table (domain/fields.py); what they cannot see alone (codes
per kind, required fields, the identity guard on the note) `entry.validate` checks, so that
a CSV row obeys exactly the rules of every other entry.

A batch of rows is converted a column at a time (`RowParser.parse_many`): the same
converters, once per distinct cell of a column; a column with a bad cell sends its batch
back to `RowParser.parse`, row by row, which names the row and column of each problem.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from omradesapp.domain import codes
from omradesapp.domain.codebook import DEFAULT_BOOK, CodeBook
from omradesapp.domain.entry import (
    DEFAULTS,
    Entry,
    ValidationError,
    entries_of_typed_rows,
    entry_of_typed,
    validate,
)
from omradesapp.domain.fields import FIELDS, EntryField
from omradesapp.domain.names import clean_name

Converter = Callable[[str], Any]
# A whole column's cells to values (the default for an empty cell), or None if a cell is bad.
ColumnConverter = Callable[[Sequence[str]], list[Any] | None]
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


def _column_converter(convert: Converter | None, empty: Any) -> ColumnConverter:
    """A row converter over a whole column: each distinct cell converted once (a column
    holds a few dozen distinct dates, units or codes in thousands of rows), an empty cell
    gives `empty` (the field's default), and a cell the converter refuses gives None for
    the whole column: the row parser then names it."""
    if convert is None:  # text, as typed (ids and notes: mostly distinct)
        return lambda col: [v or None for v in col]

    def column(col: Sequence[str]) -> list[Any] | None:
        table: dict[str, Any] = {}
        for v in set(col):
            if not v:
                table[v] = empty
                continue
            try:
                table[v] = convert(v)
            except ValidationError:
                return None
        return list(map(table.__getitem__, col))

    return column


class RowParser:
    """Turns the cells of one row into a validated entry and the worker's name, if given."""

    def __init__(
        self, header: list[str], units: Mapping[str, int], book: CodeBook = DEFAULT_BOOK
    ) -> None:
        self.book = book  # the codes that exist here: built-in and the municipality's own
        at = {h: i for i, h in enumerate(header)}
        # In the table's order, so that a row with several errors names the same one first.
        taken = [f for f in FIELDS if f.name in at and f.name != "worker"]
        converters = [(f.attr, at[f.name], _converter(f, units)) for f in taken]
        self.text = [(attr, i) for attr, i, convert in converters if convert is None]
        self.plan = [(attr, i, convert) for attr, i, convert in converters if convert is not None]
        self.columns = [
            (attr, i, _column_converter(convert, DEFAULTS.get(attr)))
            for attr, i, convert in converters
        ]
        self.worker = at.get("worker")
        self.required = [(f.attr, f.name) for f in FIELDS if f.required_for == codes.KINDS.codes]
        self.all_required = {a for a, _ in self.required} <= {f.attr for f in taken}

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

    def parse_many(self, rows: Sequence[list[str]]) -> list[tuple[Entry, str | None]] | None:
        """What `parse` gives for each row, or None if any row has a problem (`parse` then
        names it)."""
        if not rows or not self.all_required:
            return None
        columns = list(zip(*rows, strict=True))
        converted = []
        for _, i, convert in self.columns:
            values = convert(columns[i])
            if values is None:
                return None
            converted.append(values)
        attrs = [attr for attr, _, _ in self.columns]
        if any(None in converted[attrs.index(a)] for a, _ in self.required):
            return None
        try:
            workers = (
                [_worker(v) if v else None for v in columns[self.worker]]
                if self.worker is not None
                else [None] * len(rows)
            )
            book = self.book
            entries = entries_of_typed_rows(attrs, zip(*converted, strict=True))
            out = [(validate(e, book), w) for e, w in zip(entries, workers, strict=True)]
        except ValidationError:
            return None
        return out
