"""A shipped schema step never changes: a new database at version N has exactly the
recorded schema of version N, and every older recorded schema migrates forward."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from omradesapp.store import schema
from omradesapp.store.database import open_store

DATA = Path(__file__).parent / "data"


def schema_of(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
        "ORDER BY type, name"
    )
    return [" ".join(r[0].split()) for r in rows]


def recorded(version: int) -> list[str]:
    text = (DATA / f"schema_v{version}.sql").read_text("utf-8")
    conn = sqlite3.connect(":memory:")
    conn.executescript(text)
    return schema_of(conn)


def test_every_version_has_its_schema_recorded() -> None:
    for version in range(1, schema.SCHEMA_VERSION + 1):
        assert (DATA / f"schema_v{version}.sql").exists(), f"record schema_v{version}.sql"


def test_a_new_database_has_the_recorded_schema(tmp_path: Path) -> None:
    store = open_store(tmp_path / "new.db")
    assert schema_of(store.conn) == recorded(schema.SCHEMA_VERSION)
    store.close()


@pytest.mark.parametrize("version", range(1, schema.SCHEMA_VERSION))
def test_each_released_schema_migrates_to_the_current_one(tmp_path: Path, version: int) -> None:
    path = tmp_path / f"v{version}.db"
    conn = sqlite3.connect(path)
    conn.executescript((DATA / f"schema_v{version}.sql").read_text("utf-8"))
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    store = open_store(path, backup_dir=tmp_path / "backups")
    assert store.schema_version == schema.SCHEMA_VERSION
    assert schema_of(store.conn) == recorded(schema.SCHEMA_VERSION)
    store.close()
    assert list((tmp_path / "backups").glob("*.db"))
