"""Import of CSV interchange version 1 (SPEC §9): all rows or none, in bounded memory.

The file is streamed: rows are checked and written in batches inside one transaction;
after the first bad row nothing more is written, the rest is still checked for the
message (the first errors, each naming file, row and column), and the transaction is
rolled back. "Already imported" is decided on the file's content, not its bytes: the
rows are hashed as parsed, so a copy re-saved by Excel is the same file.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

from omradesapp.domain.entry import Entry, ValidationError
from omradesapp.domain.fields import CSV_COLUMNS, CSV_REQUIRED
from omradesapp.domain.identity import find_identity
from omradesapp.exchange.csv_columns import RowParser
from omradesapp.exchange.csv_reading import CsvImportError, Progress, read_rows, scan
from omradesapp.exchange.refusal import MAX_LISTED, Problem
from omradesapp.store import tallies
from omradesapp.store.audit import record
from omradesapp.store.database import Store, now_iso
from omradesapp.store.entries import insert_rows
from omradesapp.store.imports import (
    count_imports,
    existing_ids,
    first_import_of,
    forget_seen_ids,
    record_import,
    remember_ids,
    seen_ids,
    worker_names,
)
from omradesapp.store.months import closed_months
from omradesapp.store.org import ensure_worker, list_units

__all__ = ["COLUMNS", "REQUIRED", "CsvImportError", "ImportResult", "import_csv"]

COLUMNS = CSV_COLUMNS
REQUIRED = CSV_REQUIRED
BATCH = 5000


@dataclass
class ImportResult:
    file_name: str
    added: int = 0
    unchanged: int = 0
    workers_created: list[str] = field(default_factory=list)


def _check_header(name: str, header: list[str]) -> None:
    errors = [Problem(1, h or "(tom)", "okänd kolumn.") for h in header if h not in COLUMNS]
    errors += [Problem(1, c, "kolumnen saknas.") for c in REQUIRED if c not in header]
    seen: set[str] = set()
    for h in header:
        if h in seen:
            errors.append(Problem(1, h, "kolumnen står två gånger."))
        seen.add(h)
    if errors:
        raise CsvImportError(name, errors)


def stored_file_name(conn: sqlite3.Connection, name: str) -> str:
    """The name kept in the database: a neutral one if the file's name identifies a person."""
    return name if find_identity(name) is None else f"fil {count_imports(conn) + 1}"


Parsed = tuple[int, Entry, str | None]  # row number, entry, worker's name


class _Writer:
    """Writes checked rows a batch at a time; after the first problem it only counts them."""

    def __init__(self, store: Store, conn: sqlite3.Connection, result: ImportResult) -> None:
        self.store, self.conn, self.result = store, conn, result
        self.closed = closed_months(conn)
        self.workers: dict[str, int] = {}
        self.errors: list[Problem] = []
        self.at = now_iso()
        self.counts: tallies.Counts = {}
        forget_seen_ids(conn)

    def write(self, batch: list[Parsed], ids: dict[str, int]) -> None:
        c = self.conn
        earlier = seen_ids(c, list(ids))
        for rownum, entry, _ in batch:
            if ids.get(entry.id) == rownum and entry.id in earlier:
                self.errors.append(Problem(rownum, "id", f"samma id som rad {earlier[entry.id]}."))
        remember_ids(c, ids.items())
        existing = existing_ids(c, list(ids))
        new: list[Entry] = []
        for rownum, entry, worker in batch:
            if entry.id in existing:
                self.result.unchanged += 1
                continue
            month = entry.date.isoformat()[:7]
            if (month, entry.unit_id) in self.closed:
                self.errors.append(Problem(rownum, "date", f"månaden {month} är avslutad."))
                continue
            if worker is not None:
                key = worker.casefold()
                if key not in self.workers:
                    self.workers[key] = ensure_worker(c, worker, entry.unit_id)
                entry = entry.with_changes(worker_id=self.workers[key])
            new.append(entry)
        if not self.errors:
            self.result.added += insert_rows(c, new, self.store.device, self.at, self.counts)


def import_csv(
    store: Store,
    path: Path,
    actor: str,
    again: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Import one CSV file, all rows or none. Rows whose id is already stored change nothing.

    `progress(bytes_read, size)` is called as the file is read.
    """
    name = path.name
    source = scan(path, name)
    rows = read_rows(source, progress)
    _check_header(name, rows.header)
    header = rows.header
    content = hashlib.sha256("\x1f".join(sorted(header)).encode() + b"\x1e")
    # The header has at least kind, date and unit (checked), so this gives a tuple.
    in_order = itemgetter(*sorted(range(len(header)), key=header.__getitem__))
    has_id = "id" in header
    id_at = header.index("id") if has_id else -1
    result = ImportResult(name)
    with store.transaction() as c:
        before = worker_names(c)
        parser = RowParser(header, {u.name.casefold(): u.id for u in list_units(store)})
        writer = _Writer(store, c, result)
        errors = writer.errors
        batch: list[Parsed] = []
        ids: dict[str, int] = {}
        without_id = not has_id
        count = 0

        def flush() -> None:
            writer.write(batch, ids)
            batch.clear()
            ids.clear()

        for rownum, raw in rows.body:
            cells = list(map(str.strip, raw))
            if not any(cells):
                continue
            if len(cells) != len(header):
                errors.append(
                    Problem(rownum, "", f"har {len(cells)} fält, rubrikraden har {len(header)}.")
                )
            else:
                content.update(("\x1f".join(in_order(cells)) + "\x1e").encode())
                count += 1
                try:
                    entry, worker = parser.parse(cells)
                except ValidationError as e:
                    errors.append(Problem(rownum, e.field, e.message))
                else:
                    if not has_id or not cells[id_at]:
                        without_id = True
                    elif entry.id in ids:
                        errors.append(Problem(rownum, "id", f"samma id som rad {ids[entry.id]}."))
                    else:
                        ids[entry.id] = rownum
                    batch.append((rownum, entry, worker))
            if len(errors) > MAX_LISTED:
                break
            if len(batch) >= BATCH:
                flush()
        if not errors:
            flush()
        if errors:
            raise CsvImportError(name, errors)
        digest = content.hexdigest()
        # The bytes' hash too: files imported before content hashes were kept.
        prior = (
            first_import_of(c, digest) or first_import_of(c, source.sha256)
            if without_id and not again
            else None
        )
        if prior:
            raise CsvImportError(
                name,
                [],
                f"{name}: filen är redan importerad ({prior[:16].replace('T', ' ')} UTC). "
                "Använd --again om den verkligen ska importeras en gång till.",
            )
        tallies.write(c, writer.counts)
        result.workers_created = sorted(worker_names(c) - before)
        kept_name = stored_file_name(c, name)
        record_import(c, digest, kept_name, writer.at, count)
        record(
            c, actor, "import", None,
            {"file": kept_name, "added": result.added, "unchanged": result.unchanged},
        )  # fmt: skip
        forget_seen_ids(c)
    return result
