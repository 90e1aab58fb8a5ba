"""Import of CSV interchange version 1 (SPEC §9): all rows or none, in bounded memory.

The file is streamed: rows are checked and written in batches inside one transaction;
after the first bad row nothing more is written, the rest is still checked for the
message (the first errors, each naming file, row and column), and the transaction is
rolled back. "Already imported" is decided on the file's content, not its bytes: the
rows are hashed as parsed, so a copy re-saved by Excel is the same file.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from omradesapp.domain.entry import Entry, ValidationError
from omradesapp.domain.fields import CSV_COLUMNS, CSV_REQUIRED
from omradesapp.domain.identity import find_identity
from omradesapp.exchange.csv_columns import RowParser
from omradesapp.exchange.csv_reading import (
    ContentHash,
    CsvImportError,
    Progress,
    Rows,
    Source,
    read_rows,
    scan,
)
from omradesapp.exchange.refusal import MAX_LISTED, Problem
from omradesapp.store import tallies
from omradesapp.store.audit import record
from omradesapp.store.codebook import code_book
from omradesapp.store.database import Store, now_iso
from omradesapp.store.engagements import check_link
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
from omradesapp.store.months import closed_months, closed_sentence
from omradesapp.store.org import ensure_worker, list_units
from omradesapp.store.packages import unit_names

__all__ = ["COLUMNS", "REQUIRED", "CsvImportError", "ImportResult", "import_csv"]

COLUMNS = CSV_COLUMNS
REQUIRED = CSV_REQUIRED
BATCH = 5000
# Tally keys gathered before they are written: a file of many years has hundreds of
# thousands of month/unit/kind/code keys, which would otherwise all be held at once.
MAX_COUNTS = 50_000
# Ids of the file kept in memory (some 100 bytes each) before they move to a temporary table.
MAX_SEEN_IN_MEMORY = 250_000


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
    """Checks rows and writes them a batch at a time; after the first problem it only checks."""

    def __init__(self, store: Store, conn: sqlite3.Connection, header: list[str]) -> None:
        self.store, self.conn = store, conn
        self.width = len(header)
        units = {u.name.casefold(): u.id for u in list_units(store)}
        self.parser = RowParser(header, units, code_book(store))
        self.id_at = header.index("id") if "id" in header else None
        self.result = ImportResult("")
        self.closed = closed_months(store)
        self.closed_hit: set[tuple[str, int]] = set()  # (month, unit id): each named once
        self.workers: dict[str, int] = {}
        self.errors: list[Problem] = []
        self.at = now_iso()
        self.counts: tallies.Counts = {}
        self.pending: list[tuple[int, list[str]]] = []  # rows taken, not yet checked
        self.content = ContentHash(header)  # of every row taken
        self.batch: list[Parsed] = []
        self.ids: dict[str, int] = {}  # the batch's ids and their rows
        self.without_id = self.id_at is None
        # Ids met in earlier batches, with their rows: in memory up to MAX_SEEN_IN_MEMORY,
        # then (None here) in a temporary table, so that a file of millions stays small.
        self.seen: dict[str, int] | None = {}
        self.links: dict[tuple[int, str], str] = {}  # (unit id, code) -> problem, "" if none

    def take(self, rownum: int, cells: list[str]) -> None:
        """One row's cells (stripped, as many as the header's), checked with its batch."""
        self.pending.append((rownum, cells))
        if len(self.pending) >= BATCH:
            self.check_pending()

    def check_pending(self) -> None:
        """Check the rows taken so far, a column at a time, and write them if all is well;
        a batch with a problem is checked again row by row, to name each problem."""
        rows, self.pending = self.pending, []
        cells_of = [cells for _, cells in rows]
        self.content.add_rows(cells_of)
        parsed = self.parser.parse_many(cells_of)
        if parsed is None:
            for rownum, cells in rows:
                try:
                    entry, worker = self.parser.parse(cells)
                except ValidationError as e:
                    self.errors.append(Problem(rownum, e.field, e.message))
                    continue
                self._keep(rownum, cells, entry, worker)
        else:
            for (rownum, cells), (entry, worker) in zip(rows, parsed, strict=True):
                self._keep(rownum, cells, entry, worker)
        self.flush()

    def _keep(self, rownum: int, cells: list[str], entry: Entry, worker: str | None) -> None:
        if self.id_at is None or not cells[self.id_at]:
            self.without_id = True
        elif entry.id in self.ids:
            self.errors.append(Problem(rownum, "id", f"samma id som rad {self.ids[entry.id]}."))
        else:
            self.ids[entry.id] = rownum
        self.batch.append((rownum, entry, worker))

    def flush(self) -> None:
        c, ids = self.conn, self.ids
        earlier = self._seen_before(ids)
        for rownum, entry, _ in self.batch:
            if ids.get(entry.id) == rownum and entry.id in earlier:
                self.errors.append(Problem(rownum, "id", f"samma id som rad {earlier[entry.id]}."))
        existing = existing_ids(c, list(ids))
        new: list[Entry] = []
        for rownum, entry, worker in self.batch:
            if entry.id in existing:
                self.result.unchanged += 1
                continue
            if entry.engagement is not None and (why := self._link_problem(entry)):
                self.errors.append(Problem(rownum, "engagement", why))
                continue
            if self.closed and (month := entry.date.isoformat()[:7], entry.unit_id) in self.closed:
                self.closed_hit.add((month, entry.unit_id))
                continue
            if worker is not None:
                key = worker.casefold()
                if key not in self.workers:
                    self.workers[key] = ensure_worker(c, worker, entry.unit_id)
                entry = entry.with_changes(worker_id=self.workers[key])
            new.append(entry)
        if not self.errors and not self.closed_hit:
            self.result.added += insert_rows(c, new, self.store.device, self.at, self.counts)
            if len(self.counts) > MAX_COUNTS:
                self.write_counts()
        self.batch.clear()
        ids.clear()

    def _link_problem(self, entry: Entry) -> str:
        """Why the entry's engagement is not one of its unit's ("" if it is); engagements
        files of the same import are already in (importer.py takes them first)."""
        key = (entry.unit_id, entry.engagement or "")
        if key not in self.links:
            try:
                check_link(self.conn, entry.unit_id, entry.engagement)
                self.links[key] = ""
            except ValidationError as e:
                self.links[key] = e.message
        return self.links[key]

    def _seen_before(self, ids: dict[str, int]) -> dict[str, int]:
        """Which of the batch's ids earlier batches had, and on which row; then remember them."""
        c = self.conn
        if self.seen is None:
            earlier = seen_ids(c, list(ids))
            remember_ids(c, ids.items())
            return earlier
        earlier = {i: self.seen[i] for i in ids if i in self.seen}
        self.seen.update(ids)
        if len(self.seen) > MAX_SEEN_IN_MEMORY:
            forget_seen_ids(c)
            remember_ids(c, self.seen.items())
            self.seen = None
        return earlier

    def finish(self) -> None:
        """Write what is still gathered and let go of the ids."""
        self.write_counts()
        if self.seen is None:
            forget_seen_ids(self.conn)

    def write_counts(self) -> None:
        """Add the gathered counts to the tallies (in the transaction) and start afresh."""
        tallies.write(self.conn, self.counts)
        self.counts.clear()


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
    try:
        _check_header(name, rows.header)
        with store.transaction() as c, _no_cycle_collection():
            result = _import_rows(store, c, source, rows, actor, again)
    finally:
        rows.close()
    return result


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused: an import makes millions of short-lived objects,
    which reference counting frees, and the collector would walk its gathered counts and
    ids some ten times (a sixteenth of the import's time) to find no cycles."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _import_rows(
    store: Store, c: sqlite3.Connection, source: Source, rows: Rows, actor: str, again: bool
) -> ImportResult:
    name, header = source.name, rows.header
    before = worker_names(c)
    writer = _Writer(store, c, header)
    content = writer.content
    try:
        for rownum, raw in rows.body:
            cells = list(map(str.strip, raw))
            if not any(cells):
                continue
            if len(cells) != len(header):
                writer.check_pending()  # the problems of the rows before it come first
                writer.errors.append(
                    Problem(rownum, "", f"har {len(cells)} fält, rubrikraden har {len(header)}.")
                )
            else:
                writer.take(rownum, cells)
            if len(writer.errors) > MAX_LISTED:
                break
    except CsvImportError as e:  # the file cannot be read on: with the problems found so far
        writer.check_pending()
        raise CsvImportError(name, [*writer.errors, *e.problems]) from None
    writer.check_pending()
    if writer.errors:
        raise CsvImportError(name, writer.errors)
    if writer.closed_hit:
        units = unit_names(store)
        hit = {(month, units.get(unit, "")) for month, unit in writer.closed_hit}
        why = closed_sentence(hit, "för att importera")
        raise CsvImportError(name, summary=f"{name}: {why}")
    digest = content.hexdigest()
    # The bytes' hash too: files imported before content hashes were kept by that.
    if writer.without_id and not again:
        prior = first_import_of(c, digest) or first_import_of(c, source.sha256)
        if prior:
            raise CsvImportError(
                name,
                [],
                f"{name}: filen är redan importerad ({prior[:16].replace('T', ' ')} UTC). "
                "Använd --again om den verkligen ska importeras en gång till.",
            )
    writer.finish()
    result = writer.result
    result.file_name = name
    result.workers_created = sorted(worker_names(c) - before)
    kept_name = stored_file_name(c, name)
    record_import(c, digest, kept_name, writer.at, content.rows)
    record(
        c, actor, "import", None,
        {"file": kept_name, "added": result.added, "unchanged": result.unchanged},
    )  # fmt: skip
    return result
