"""An open database: the `Store`, its transactions and settings, and the errors of the store."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from omradesapp.store.lock import WriterLock


class StoreError(Exception):
    """The database cannot be used as asked; the message says why (Swedish)."""


class InUseError(StoreError):
    pass


class DamagedError(StoreError):
    """SQLite's check found the file damaged: a case for `check` and `restore`."""


_LOST = "Transaktionen avbröts i databasen; ingenting av den sparades."


class Store:
    """An open database. Writes go through `transaction()`; SQL stays in `store/`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: WriterLock | None) -> None:
        self.path = path
        self.conn = conn
        self._lock = lock
        self._depth = 0
        self.device = self.setting("device_id") or ""

    # -- lifetime -------------------------------------------------------
    def close(self) -> None:
        if self.writable:
            with contextlib.suppress(sqlite3.Error):
                # Bounded, so that closing a large database does not lag.
                self.conn.execute("PRAGMA analysis_limit = 400")
                self.conn.execute("PRAGMA optimize")
        self.conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def writable(self) -> bool:
        return self._lock is not None

    def interrupt(self) -> None:
        """Stop the query running on this store's connection (from another thread)."""
        self.conn.interrupt()

    # -- transactions ---------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: BEGIN IMMEDIATE ... COMMIT, rolled back on any exception.

        Nested inside another transaction it is a savepoint, so that several
        steps (the files of one import) can be made all-or-nothing together.
        Afterwards the connection is never left inside a transaction: a COMMIT that
        fails (a deferred foreign key, a full disk) is rolled back and raised.
        """
        if not self.writable:
            raise StoreError("Databasen är öppnad bara för läsning.")
        if self._depth > 0:
            with self._savepoint():
                yield self.conn
            return
        if self.conn.in_transaction:
            raise StoreError("En transaktion lämnades öppen utanför Områdesappens skrivväg.")
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self.conn
            if not self.conn.in_transaction:
                raise StoreError(_LOST)
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error as e:
                raise StoreError(f"Ändringen kunde inte sparas ({e}); ingenting ändrades.") from e
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0

    @contextlib.contextmanager
    def _savepoint(self) -> Iterator[None]:
        self._depth += 1
        name = f"step{self._depth}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
            if not self.conn.in_transaction:
                raise StoreError(_LOST)
        except BaseException:
            # A trigger's RAISE(ROLLBACK) or a full disk may have ended the whole
            # transaction: then there is no savepoint to go back to, and trying would
            # hide the real error behind "no such savepoint".
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
            raise
        finally:
            self._depth -= 1
        self.conn.execute(f"RELEASE {name}")

    # -- settings -------------------------------------------------------
    def setting(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as c:
            c.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # -- checks ---------------------------------------------------------
    def quick_check(self) -> list[str]:
        """Problems found by SQLite's quick check; empty when the file is sound."""
        rows = [r[0] for r in self.conn.execute("PRAGMA quick_check").fetchall()]
        return [] if rows == ["ok"] else rows

    def integrity_check(self) -> list[str]:
        rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
        return [] if rows == ["ok"] else rows

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])


def is_damage(e: sqlite3.Error) -> bool:
    """SQLite found the file damaged (not busy, full or refused) where it read."""
    return (e.sqlite_errorcode & 0xFF) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def now_iso() -> str:
    """A UTC timestamp with microseconds, as stored in created/updated/audit columns."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def writer_lock(path: Path) -> WriterLock:
    """Take the database's writer lock, or raise InUseError."""
    lock = WriterLock(lock_path(path))
    if not lock.try_acquire():
        raise InUseError(
            f"Databasen {path} används redan av ett annat fönster eller kommando. Stäng det först."
        )
    return lock
