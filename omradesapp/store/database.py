"""Opening the database safely: ours or refused, migrated after a backup, one writer."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from omradesapp.store import schema
from omradesapp.store.backup import backup_to
from omradesapp.store.lock import WriterLock


class StoreError(Exception):
    """The database cannot be used as asked; the message says why (Swedish)."""


class InUseError(StoreError):
    pass


class DamagedError(StoreError):
    """SQLite's check found the file damaged: a case for `check` and `restore`."""


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

    # -- transactions ---------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: BEGIN IMMEDIATE ... COMMIT, rolled back on any exception.

        Nested inside another transaction it is a savepoint, so that several
        steps (the files of one import) can be made all-or-nothing together.
        """
        if not self.writable:
            raise StoreError("Databasen är öppnad bara för läsning.")
        if self.conn.in_transaction:
            self._depth += 1
            name = f"step{self._depth}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
                raise
            finally:
                self._depth -= 1
            self.conn.execute(f"RELEASE {name}")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

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


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=5.0)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def _configure(conn: sqlite3.Connection) -> None:
    """The settings every connection runs with (after the file is known to be ours)."""
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: imports touch the id index at random
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")


def _refuse_foreign(path: Path, conn: sqlite3.Connection) -> None:
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as e:
        raise StoreError(f"{path} är ingen databas som Områdesappen kan öppna ({e}).") from None
    if app_id == 0 and version == 0 and tables == 0:
        return  # a new, empty file
    if app_id != schema.APPLICATION_ID:
        raise StoreError(f"{path} är inte en databas från Områdesappen; den lämnas orörd.")
    if version > schema.SCHEMA_VERSION:
        raise StoreError(
            f"{path} är skriven av en nyare version av Områdesappen (schema {version}, "
            f"den här versionen förstår {schema.SCHEMA_VERSION}); den lämnas orörd."
        )


def open_store(
    path: Path | str,
    *,
    write: bool = True,
    create: bool = True,
    check: bool = True,
    backup_dir: Path | None = None,
    org_file: Path | None = None,
) -> Store:
    """Open (and if need be create or migrate) the database at `path`.

    With `write`, the process takes the database's writer lock for as long as the
    store is open: a second writer is refused with InUseError. The lock is an OS
    file lock, so a killed process never leaves it stuck.
    """
    path = Path(path)
    if not path.exists() and not create:
        raise StoreError(f"Databasen {path} finns inte.")
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = writer_lock(path) if write else None
    try:
        conn = _connect(path)
        try:
            _refuse_foreign(path, conn)
        except StoreError:
            conn.close()
            raise
        _configure(conn)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version < schema.SCHEMA_VERSION:
            if not write:
                raise StoreError(f"Databasen {path} behöver uppgraderas; öppna den i appen först.")
            _migrate(path, conn, version, backup_dir, org_file)
        store = Store(path, conn, lock)
        if check:
            problems = store.quick_check()
            if problems:
                store.close()
                lock = None
                raise DamagedError(f"Databasen {path} är skadad: {problems[0]}")
        return store
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _migrate(
    path: Path,
    conn: sqlite3.Connection,
    version: int,
    backup_dir: Path | None,
    org_file: Path | None,
) -> None:
    if version > 0:
        target = (backup_dir or path.parent / "backups") / (
            f"{path.stem}-schema{version}-{dt.datetime.now():%Y%m%d-%H%M%S}.db"
        )
        backup_to(conn, target)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for step in schema.MIGRATIONS[version:]:
            step(conn)
        if version == 0:
            import uuid  # only a new database needs a device id; not paid at every start

            conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
            conn.execute(
                "INSERT INTO settings(key, value) VALUES ('device_id', ?)", (str(uuid.uuid4()),)
            )
            from omradesapp.store import defaults  # only for a new database

            defaults.install(conn, org_file)
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
