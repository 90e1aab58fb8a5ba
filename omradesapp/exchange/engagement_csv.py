"""Import of an engagements file (SPEC §12): a CSV whose header has the column `assignment`.

The same dialect as the entries CSV (csv_reading.py: encoding and delimiter detected,
strict quotes, problems named by file, row and column). One row per engagement, keyed by
its `code` within its unit: a code the unit has is updated where the row differs (and
listed), a new code is added, and the same file again changes nothing. Every row goes
through `validate_engagement` (codes, dates, ranges, the code's shape and the identity
guard), exactly as an engagement opened in the desk.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from omradesapp.domain.engagement import COUNTS, DATES, FLAGS, SCORES, Engagement
from omradesapp.domain.engagement import validate_engagement as _validate
from omradesapp.domain.engagement_code import code_problem
from omradesapp.domain.entry import ValidationError, new_id
from omradesapp.exchange.csv_import import ImportResult, stored_file_name
from omradesapp.exchange.csv_reading import CsvImportError, Progress, read_rows, scan
from omradesapp.exchange.refusal import MAX_LISTED, Problem
from omradesapp.store.audit import record
from omradesapp.store.database import Store, now_iso
from omradesapp.store.engagement_exchange import live_by_code, upsert_from_file
from omradesapp.store.org import list_units

MARKER = "assignment"  # a header with this column is an engagements file
# The file's columns: the engagement's fields, the unit by name, no id (the code is the key).
COLUMNS: tuple[str, ...] = tuple(
    "unit" if f.name == "unit_id" else f.name for f in fields(Engagement) if f.name != "id"
)
REQUIRED: tuple[str, ...] = ("code", "unit", MARKER)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_HIGH = {"girls": 10, "boys": 10, "soc_start": 91, "soc_end": 91}


@dataclass
class EngagementFileResult(ImportResult):
    """An engagements file's outcome: `added` and `unchanged` as for entries, and the codes
    of the engagements the file changed."""

    updated: list[str] = field(default_factory=list)


def is_engagements_header(header: list[str]) -> bool:
    return MARKER in header


def first_line_columns(path: Path) -> list[str]:
    """The column names of a CSV file's first line, cheaply (no whole-file scan); [] if the
    file cannot be read. Column names are ASCII, so any encoding reads them alike."""
    try:
        with open(path, "rb") as f:
            line = f.readline(65536)
    except OSError:
        return []
    text = line.decode("utf-8-sig", errors="replace").strip()
    delimiter = ";" if text.count(";") >= text.count(",") else ","
    return [c.strip().strip('"').strip().lower() for c in text.split(delimiter)]


def _date(col: str, v: str) -> dt.date:
    try:
        if not _DATE.fullmatch(v):
            raise ValueError
        return dt.date.fromisoformat(v)
    except ValueError:
        raise ValidationError(col, f"ogiltigt datum {v[:40]!r} (ska vara ÅÅÅÅ-MM-DD).") from None


def _integer(col: str, v: str) -> int:
    if v.isascii() and v.isdigit() and int(v) <= _HIGH[col]:
        return int(v)
    raise ValidationError(col, f"ska vara ett heltal upp till {_HIGH[col]}, inte {v[:40]!r}.")


def _flag(col: str, v: str) -> bool:
    if v not in ("0", "1"):
        raise ValidationError(col, f"ska vara 0 eller 1, inte {v[:40]!r}.")
    return v == "1"


def _converter(col: str) -> Callable[[str, str], Any]:
    if col in DATES:
        return _date
    if col in (*COUNTS, *SCORES):
        return _integer
    if col in FLAGS:
        return _flag
    return lambda _col, v: v


class _Rows:
    """Turns rows into engagements, checks them, and sorts them into added/changed/same."""

    def __init__(self, c: sqlite3.Connection, header: list[str], teams: dict[str, int]) -> None:
        self.conn = c
        self.at = {h: i for i, h in enumerate(header)}
        self.plan = [(col, i, _converter(col)) for col, i in self.at.items()]
        self.teams = teams
        self.known: dict[int, dict[str, Engagement]] = {}
        self.rows_of: dict[tuple[int, str], int] = {}
        self.added: list[Engagement] = []
        self.changed: list[Engagement] = []
        self.unchanged = 0

    def take(self, rownum: int, cells: list[str]) -> None:
        values: dict[str, Any] = {}
        for col, i, convert in self.plan:
            if cells[i]:
                values[col] = convert(col, cells[i])
        for col in REQUIRED:
            if col not in values:
                raise ValidationError(col, "saknas.")
        problem = code_problem(values["code"])
        if problem:
            raise ValidationError("code", problem)
        unit_id = self.teams.get(values.pop("unit").casefold())
        if unit_id is None:
            raise ValidationError("unit", "okänd enhet, eller en enhet som inte är ett team.")
        code = values["code"]
        first = self.rows_of.setdefault((unit_id, code), rownum)
        if first != rownum:
            raise ValidationError("code", f"samma kod i samma enhet som rad {first}.")
        if unit_id not in self.known:
            self.known[unit_id] = live_by_code(self.conn, unit_id)
        old = self.known[unit_id].get(code)
        values.setdefault("girls", 0)
        values.setdefault("boys", 0)
        try:
            draft = Engagement(unit_id=unit_id, id=old.id if old else new_id(), **values)
        except TypeError:  # a required field left empty
            missing = [c for c in ("basis", "source", "requested", "start") if c not in values]
            raise ValidationError(missing[0] if missing else "", "saknas.") from None
        engagement = _validate(draft)
        if old is None:
            self.added.append(engagement)
        elif engagement == old:
            self.unchanged += 1
        else:
            self.changed.append(engagement)


def import_engagements_csv(
    store: Store, path: Path, actor: str, progress: Progress | None = None
) -> EngagementFileResult:
    """Import one engagements file, all rows or none (a savepoint in a caller's transaction)."""
    name = path.name
    source = scan(path, name)
    rows = read_rows(source, progress)
    try:
        header = rows.header
        problems = [Problem(1, h or "(tom)", "okänd kolumn.") for h in header if h not in COLUMNS]
        problems += [Problem(1, c, "kolumnen saknas.") for c in REQUIRED if c not in header]
        problems += [Problem(1, h, "kolumnen står två gånger.")
                     for i, h in enumerate(header) if h in header[:i]]  # fmt: skip
        if problems:
            raise CsvImportError(name, problems)
        teams = {u.name.casefold(): u.id for u in list_units(store) if u.kind == "team"}
        with store.transaction() as c:
            taken = _Rows(c, header, teams)
            for rownum, raw in rows.body:
                cells = list(map(str.strip, raw))
                if not any(cells):
                    continue
                if len(cells) != len(header):
                    problems.append(
                        Problem(
                            rownum, "", f"har {len(cells)} fält, rubrikraden har {len(header)}."
                        )
                    )
                else:
                    try:
                        taken.take(rownum, cells)
                    except ValidationError as e:
                        problems.append(Problem(rownum, e.field, e.message))
                if len(problems) > MAX_LISTED:
                    break
            if problems:
                raise CsvImportError(name, problems)
            upsert_from_file(c, taken.added, taken.changed, store.device, now_iso())
            result = EngagementFileResult(
                name, len(taken.added), taken.unchanged, updated=[e.code for e in taken.changed]
            )
            # Audit lines never hold engagement codes (retention replaces them): counts only.
            # The same file again writes nothing at all, not even a line in the log.
            if result.added or result.updated:
                record(
                    c, actor, "import_engagements", None,
                    {"file": stored_file_name(c, name), "added": result.added,
                     "updated": len(result.updated), "unchanged": result.unchanged},
                )  # fmt: skip
    finally:
        rows.close()
    return result
