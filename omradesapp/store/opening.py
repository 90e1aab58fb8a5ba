"""Opening the database safely: ours or refused, migrated after a backup, one writer."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

from omradesapp.atomic import replace_into
from omradesapp.store import schema
from omradesapp.store.database import (
    DamagedError,
    Store,
    StoreError,
    writer_lock,
)
from omradesapp.store.verdict import read_verdict


def _connect(path: Path, write: bool) -> sqlite3.Connection:
    # A reader opens the file read-only: it can neither write nor checkpoint it.
    target = str(path) if write else path.resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(
        target, uri=not write, isolation_level=None, check_same_thread=False, timeout=5.0
    )
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def _configure(conn: sqlite3.Connection, write: bool) -> None:
    """The settings every connection runs with (after the file is known to be ours)."""
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA trusted_schema = OFF")
    # Bounded: 8 MiB per connection (the desk, a report and the entry list each hold one).
    conn.execute("PRAGMA cache_size = -8192")
    if write:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    else:
        conn.execute("PRAGMA query_only = ON")


def _refuse_unusable(path: Path, backups: Path) -> None:
    """A path that exists but holds nothing of ours to open: refused, never made anew."""
    if not stat.S_ISREG(path.stat().st_mode):
        raise StoreError(f"{path} är ingen vanlig fil; den lämnas orörd.")
    if path.stat().st_size == 0:
        raise StoreError(
            f"Databasfilen {path} är tom (0 byte): den har förlorat sitt innehåll och lämnas "
            f"orörd. {_restore_advice(path, backups)}"
        )


def _refuse_known_damage(path: Path, backups: Path) -> None:
    known = read_verdict(path)
    if known is not None and known.damaged:
        raise StoreError(
            f"Databasen {path} är skadad (kontrollen {known.checked}: {known.problems[0]}) "
            f"och tar inte emot ändringar. {_restore_advice(path, backups)} Eller kör "
            f"`omradesapp --db {path} check` om felet redan är åtgärdat."
        )


def _restore_advice(path: Path, backups: Path) -> str:
    from omradesapp.store.backup import restore_advice  # only on a refusal

    return restore_advice(path, backups)


def _refuse_foreign(path: Path, conn: sqlite3.Connection, backups: Path) -> None:
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as e:
        raise StoreError(f"{path} är ingen databas som Områdesappen kan öppna ({e}).") from None
    if app_id == 0 and version == 0 and tables == 0:
        raise StoreError(
            f"Databasfilen {path} är tom och lämnas orörd. {_restore_advice(path, backups)}"
        )
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
    check: bool = False,
    backup_dir: Path | None = None,
    org_file: Path | None = None,
) -> Store:
    """Open (and if need be create or migrate) the database at `path`.

    With `write`, the process takes the database's writer lock for as long as the
    store is open: a second writer is refused with InUseError. The lock is an OS
    file lock, so a killed process never leaves it stuck. Only a path where no file
    exists is created; a file known to be damaged (verdict.py) is not opened for writing.
    Without `write` nothing is ever written: no creation, no migration, and the
    connection is read-only.

    `check` runs SQLite's quick check first. It reads the whole file (≈4 ms per 1 000
    entries), so it is left to `omradesapp check`, the desk's start-up check and backups.
    """
    path = Path(path)
    backups = backup_dir or path.parent / "backups"
    if not path.exists() and not (write and create):
        raise StoreError(f"Databasen {path} finns inte.")
    if write:
        path.parent.mkdir(parents=True, exist_ok=True)
    lock = writer_lock(path) if write else None
    try:
        if write and not path.exists():  # looked at again under the lock
            _create(path, org_file)
        _refuse_unusable(path, backups)
        if write:
            _refuse_known_damage(path, backups)
        conn = _connect(path, write)
        try:
            _refuse_foreign(path, conn, backups)
            _configure(conn, write)
            store = Store(path, conn, lock)
            version = store.schema_version
            if version < schema.SCHEMA_VERSION:
                if not write:
                    raise StoreError(
                        f"Databasen {path} behöver uppgraderas; öppna den i appen först."
                    )
                _migrate(store, version, backups)
            problems = store.quick_check() if check else []
            if problems:
                raise DamagedError(f"Databasen {path} är skadad: {problems[0]}")
        except BaseException:
            conn.close()
            raise
        return store
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _create(path: Path, org_file: Path | None) -> None:
    """Make a new database whole in a temp file, then rename it into place: the path
    never holds a half-made (or empty) database, whatever happens meanwhile."""
    tmp = path.with_name(f".{path.name}.new")
    for side in (tmp, tmp.with_name(tmp.name + "-journal")):
        side.unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("BEGIN IMMEDIATE")
            try:
                for step in schema.MIGRATIONS:
                    step(conn)
                import uuid  # only a new database needs a device id; not paid at every start

                conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
                conn.execute(
                    "INSERT INTO settings(key, value) VALUES ('device_id', ?)",
                    (str(uuid.uuid4()),),
                )
                from omradesapp.store import defaults  # only for a new database

                defaults.install(conn, org_file)
                conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            conn.execute("PRAGMA journal_mode = WAL")  # kept in the file's header
        finally:
            conn.close()
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        replace_into(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _migrate(store: Store, version: int, backups: Path) -> None:
    """Run the steps after `version` in one transaction, after a checked backup."""
    from omradesapp.store.backup import backup_to  # only when a migration is due

    backup_to(
        store, backups / f"{store.path.stem}-schema{version}-{dt.datetime.now():%Y%m%d-%H%M%S}.db"
    )
    with store.transaction() as c:
        for step in schema.MIGRATIONS[version:]:
            step(c)
        c.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
