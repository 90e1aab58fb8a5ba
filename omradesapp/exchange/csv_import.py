"""Import of CSV interchange version 1 (SPEC §9): all rows or none.

The file is read and every row checked before anything is written; then all
rows go in one transaction. A file is refused with the first errors, each
naming file, row (header = row 1) and column.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from omradesapp.domain import codes
from omradesapp.domain.entry import MAX_MINUTES, MAX_PEOPLE, Entry, ValidationError, validate
from omradesapp.domain.fields import CSV_COLUMNS, CSV_REQUIRED
from omradesapp.domain.names import clean_name
from omradesapp.exchange.refusal import MAX_LISTED, FileRefused, Problem
from omradesapp.store.audit import record
from omradesapp.store.database import Store, now_iso
from omradesapp.store.entries import insert_rows
from omradesapp.store.imports import existing_ids, first_import_of, record_import, worker_names
from omradesapp.store.months import closed_months
from omradesapp.store.org import ensure_worker, list_units

COLUMNS = CSV_COLUMNS
REQUIRED = CSV_REQUIRED
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class CsvImportError(FileRefused):
    """A CSV file was refused; nothing was written."""


@dataclass
class ImportResult:
    file_name: str
    added: int = 0
    unchanged: int = 0
    workers_created: list[str] = field(default_factory=list)


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 as Swedish Excel writes it."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    return ";" if header.count(";") >= header.count(",") else ","


class _Row:
    """Cells of one CSV row by column name, with typed getters that raise ValidationError."""

    def __init__(self, cells: dict[str, str]) -> None:
        self.cells = cells

    def text(self, col: str) -> str | None:
        return self.cells.get(col) or None

    def integer(self, col: str, low: int, high: int) -> int | None:
        v = self.text(col)
        if v is None:
            return None
        if not (v.isascii() and v.isdigit()) or not low <= int(v) <= high:
            raise ValidationError(col, f"ska vara ett heltal {low}–{high}, inte {v!r}.")
        return int(v)

    def multi(self, col: str) -> tuple[str, ...]:
        v = self.text(col)
        return () if v is None else tuple(p.strip() for p in v.split("|") if p.strip())


def _parse_row(row: _Row, units: dict[str, int]) -> tuple[Entry, str | None]:
    kind = row.text("kind")
    if kind is None:
        raise ValidationError("kind", "saknas.")
    if kind not in codes.KINDS:
        raise ValidationError(
            "kind", f"okänd typ {kind!r}; giltiga: {', '.join(codes.KINDS.codes)}."
        )
    date_text = row.text("date")
    if date_text is None:
        raise ValidationError("date", "saknas.")
    try:
        if not _DATE.match(date_text):
            raise ValueError
        date = dt.date.fromisoformat(date_text)
    except ValueError:
        raise ValidationError(
            "date", f"ogiltigt datum {date_text!r} (ska vara ÅÅÅÅ-MM-DD)."
        ) from None
    unit_name = row.text("unit")
    if unit_name is None:
        raise ValidationError("unit", "saknas.")
    unit_id = units.get(unit_name.casefold())
    if unit_id is None:
        raise ValidationError("unit", f"okänd enhet {unit_name!r}.")
    evening = row.text("evening")
    if evening not in (None, "0", "1"):
        raise ValidationError("evening", f"ska vara 0 eller 1, inte {evening!r}.")
    worker = row.text("worker")
    if worker is not None:
        worker = clean_name(worker, "worker", "Medarbetarens namn")
    entry = Entry(
        kind=kind,
        date=date,
        unit_id=unit_id,
        time=row.text("time"),
        minutes=row.integer("minutes", 0, MAX_MINUTES),
        adults=row.integer("adults", 0, MAX_PEOPLE),
        children=row.integer("children", 0, MAX_PEOPLE),
        contact_type=row.text("contact_type"),
        form=row.text("form"),
        age_group=row.text("age_group"),
        topics=row.multi("topics"),
        meeting_type=row.text("meeting_type"),
        partners=row.multi("partners"),
        referral=row.multi("referral"),
        group_type=row.text("group_type"),
        evening=evening == "1",
        category=row.text("category"),
        note=row.cells.get("note") or None,
        **({"id": i} if (i := row.text("id")) else {}),
    )
    return validate(entry), worker


ParsedRow = tuple[int, Entry, str | None]  # row number, entry, worker name


def read_csv(path: Path, store: Store) -> tuple[list[ParsedRow], bool, str]:
    """Parse and check a whole file: (rows, whether any row lacks an id, sha256 of the file)."""
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as e:
        raise CsvImportError(name, [], f"{name}: filen kan inte läsas ({e.strerror}).") from None
    text = decode(data)
    if "\x00" in text:
        raise CsvImportError(name, [], f"{name}: filen är ingen CSV-fil (innehåller binära data).")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise CsvImportError(name, [], f"{name}: filen är tom.") from None
    except csv.Error as e:
        raise CsvImportError(name, [Problem(1, "", f"trasig CSV ({e}).")]) from None
    errors = [Problem(1, h or "(tom)", "okänd kolumn.") for h in header if h not in COLUMNS]
    errors += [Problem(1, c, "kolumnen saknas.") for c in REQUIRED if c not in header]
    seen: set[str] = set()
    for h in header:
        if h in seen:
            errors.append(Problem(1, h, "kolumnen står två gånger."))
        seen.add(h)
    if errors:
        raise CsvImportError(name, errors)
    units = {u.name.casefold(): u.id for u in list_units(store)}
    out: list[ParsedRow] = []
    ids: dict[str, int] = {}
    without_id = False
    rownum = 1
    try:
        for cells in reader:
            rownum += 1
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(header):
                errors.append(
                    Problem(rownum, "", f"har {len(cells)} fält, rubrikraden har {len(header)}.")
                )
                continue
            try:
                stripped = {h: c.strip() for h, c in zip(header, cells, strict=True)}
                entry, worker = _parse_row(_Row(stripped), units)
            except ValidationError as e:
                errors.append(Problem(rownum, e.field, e.message))
                continue
            if "id" not in header or not (cells[header.index("id")].strip()):
                without_id = True
            elif entry.id in ids:
                errors.append(Problem(rownum, "id", f"samma id som rad {ids[entry.id]}."))
                continue
            else:
                ids[entry.id] = rownum
            out.append((rownum, entry, worker))
            if len(errors) > MAX_LISTED:
                break
    except csv.Error as e:
        errors.append(Problem(rownum, "", f"trasig CSV ({e})."))
    if errors:
        raise CsvImportError(name, errors)
    return out, without_id, hashlib.sha256(data).hexdigest()


def import_csv(store: Store, path: Path, actor: str, again: bool = False) -> ImportResult:
    """Import one CSV file, all rows or none. Rows whose id is already stored change nothing."""
    rows, without_id, sha = read_csv(path, store)
    name = path.name
    result = ImportResult(name)
    with store.transaction() as c:
        prior = first_import_of(c, sha) if without_id and not again else None
        if prior:
            raise CsvImportError(
                name,
                [],
                f"{name}: filen är redan importerad ({prior[:16].replace('T', ' ')} UTC). "
                "Använd --again om den verkligen ska importeras en gång till.",
            )
        existing = existing_ids(c, [e.id for _, e, _ in rows])
        closed = closed_months(c)
        new: list[Entry] = []
        errors: list[Problem] = []
        worker_ids: dict[str, int] = {}
        before = worker_names(c)
        for rownum, entry, worker in rows:
            if entry.id in existing:
                result.unchanged += 1
                continue
            if (entry.date.isoformat()[:7], entry.unit_id) in closed:
                errors.append(
                    Problem(rownum, "date", f"månaden {entry.date.isoformat()[:7]} är avslutad.")
                )
                continue
            if worker is not None:
                key = worker.casefold()
                if key not in worker_ids:
                    worker_ids[key] = ensure_worker(c, worker, entry.unit_id)
                entry = entry.with_changes(worker_id=worker_ids[key])
            new.append(entry)
        if errors:
            raise CsvImportError(name, errors)
        at = now_iso()
        insert_rows(c, new, store.device, at)
        result.added = len(new)
        result.workers_created = sorted(worker_names(c) - before)
        record_import(c, sha, name, at, len(rows))
        record(
            c, actor, "import", None,
            {"file": name, "added": result.added, "unchanged": result.unchanged},
        )  # fmt: skip
    return result
