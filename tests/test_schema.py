"""A shipped schema step never changes: a new database at version N has exactly the
recorded schema of version N, and every older recorded schema migrates forward."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from omradesapp.reports.figures import compute
from omradesapp.store import schema
from omradesapp.store.opening import open_store

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


# Key figures of tests/data/released_v1.db for October–November 2026, as the released
# version (schema 1) reported them; only the time split differs: schema 1 counted every
# meeting as area work, SPEC §9 counts the 120 minutes of SIP and network meetings as
# client work.
RELEASED_V1_TOTALS = {
    "visits": 3, "visitors": 9, "contacts": 6, "persons_met": 11, "groups": 3,
    "group_participants": 42, "meetings": 4,
    "minutes_by_category": {"client": 370 + 120, "area": 645 - 120, "admin": 240, "other": 30},
}  # fmt: skip
V1_ENTRY_COLUMNS = "id, kind, date, time, minutes, unit_id, worker_id, adults, children, " \
    "contact_type, form, age_group, topics, meeting_type, partners, referral, group_type, " \
    "evening, category, note, created_at, updated_at, deleted_at, device"  # fmt: skip


def _rows(conn: sqlite3.Connection, sql: str) -> list[tuple[object, ...]]:
    return conn.execute(sql).fetchall()


def test_a_database_the_released_version_wrote_migrates_keeping_everything(
    tmp_path: Path,
) -> None:
    """tests/data/released_v1.db: the October CSV and a desk's package (with an edit and a
    deletion) imported by the released version, schema 1."""
    path = tmp_path / "head.db"
    shutil.copy(DATA / "released_v1.db", path)
    old = sqlite3.connect(path)
    entries = _rows(old, f"SELECT {V1_ENTRY_COLUMNS} FROM entries ORDER BY id")
    tallies = _rows(old, "SELECT * FROM tallies ORDER BY 1, 2, 3, 4, 5")
    taken = _rows(old, "SELECT entry_id, origin FROM package_versions ORDER BY 1, 2")
    old.close()
    assert len(entries) == 23 and len(taken) == 5

    store = open_store(path, backup_dir=tmp_path / "backups")
    [backup] = (tmp_path / "backups").glob("*.db")
    kept = sqlite3.connect(backup)
    assert kept.execute("PRAGMA user_version").fetchone()[0] == 1  # the backup came first
    assert _rows(kept, f"SELECT {V1_ENTRY_COLUMNS} FROM entries ORDER BY id") == entries
    kept.close()

    c = store.conn
    assert store.schema_version == schema.SCHEMA_VERSION
    assert _rows(c, f"SELECT {V1_ENTRY_COLUMNS} FROM entries ORDER BY id") == entries
    assert _rows(c, "SELECT DISTINCT revision FROM entries") == [(1,)]
    assert _rows(c, "SELECT * FROM tallies ORDER BY 1, 2, 3, 4, 5") == tallies
    # Carried over as "taken before revisions" (0) of the version the head still holds (1).
    assert _rows(c, "SELECT entry_id, origin FROM package_versions ORDER BY 1, 2") == taken
    assert _rows(c, "SELECT DISTINCT revision, head_revision FROM package_versions") == [(0, 1)]
    report = compute(store, dt.date(2026, 10, 1), dt.date(2026, 11, 30)).to_json()
    for key, value in RELEASED_V1_TOTALS.items():
        assert report["total"][key] == value, key
    assert {u: report["units"][u]["persons_met"] for u in ("Berga", "Ryd")} == {
        "Berga": 7,
        "Ryd": 4,
    }
    # Schema 3: the entries keep their values; the new fields are empty, no engagement yet.
    assert _rows(c, "SELECT DISTINCT private_network, professional_network, answered_24h, "
                    "engagement FROM entries") == [(None, None, 0, None)]  # fmt: skip
    assert _rows(c, "SELECT count(*) FROM engagements") == [(0,)]
    assert store.integrity_check() == []
    assert _rows(c, "PRAGMA foreign_key_check") == []
    store.close()


def test_opening_a_current_database_loads_no_migration_library(db_path: Path) -> None:
    """sqlite-utils costs start-up time: only a migration step may import it."""
    code = (
        "import sys; from omradesapp.store.opening import open_store; "
        f"open_store({str(db_path)!r}).close(); print('sqlite_utils' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_change_at_the_head_before_the_migration_stays_a_conflict(tmp_path: Path) -> None:
    """Schema 1 told "changed here since taken" by `updated_at`; schema 2 keeps it."""
    path = tmp_path / "head.db"
    shutil.copy(DATA / "released_v1.db", path)
    conn = sqlite3.connect(path)
    changed = conn.execute("SELECT entry_id FROM package_versions ORDER BY 1").fetchone()[0]
    conn.execute("UPDATE entries SET updated_at = '2026-12-01T09:00:00.000000+00:00' "
                 "WHERE id = ?", (changed,))  # fmt: skip
    conn.commit()
    conn.close()
    with open_store(path, backup_dir=tmp_path / "backups") as store:
        rows = dict(store.conn.execute("SELECT entry_id, head_revision FROM package_versions"))
    assert rows.pop(changed) == 0
    assert set(rows.values()) == {1}


def test_a_failing_step_after_the_rebuild_leaves_the_released_database_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rebuild of package_versions runs inside the migration's one transaction."""
    path = tmp_path / "head.db"
    shutil.copy(DATA / "released_v1.db", path)

    def broken(conn: sqlite3.Connection) -> None:
        raise RuntimeError("step failed")

    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, broken))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    with pytest.raises(RuntimeError):
        open_store(path, backup_dir=tmp_path / "backups")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert [r[1] for r in conn.execute("PRAGMA table_info(package_versions)")] == [
        "entry_id",
        "origin",
        "updated_at",
    ]
    assert "revision" not in [r[1] for r in conn.execute("PRAGMA table_info(entries)")]
    conn.close()


def test_version_6_with_years_of_entries_gets_the_sums_of_its_tallies(tmp_path: Path) -> None:
    """Step 7 fills tallies_by_year and tallies_all_units from a schema-6 file's tallies."""
    from dbcheck import tally_tables

    from omradesapp.demo import populate

    path = tmp_path / "v6.db"
    with open_store(path) as store:
        populate(store, dt.date(2023, 11, 1), dt.date(2026, 2, 28), per_unit_month=4, seed=3)
        expected = tally_tables(store.conn)
        report = compute(store, dt.date(2023, 11, 1), dt.date(2026, 2, 28)).to_json()
    conn = sqlite3.connect(path)  # what version 6 wrote: the same, without the sums
    conn.executescript("DROP TABLE tallies_by_year; DROP TABLE tallies_all_units")
    conn.execute("PRAGMA user_version = 6")
    assert schema_of(conn) == recorded(6)
    conn.close()

    with open_store(path, backup_dir=tmp_path / "backups") as store:
        assert store.schema_version == schema.SCHEMA_VERSION
        assert tally_tables(store.conn) == expected
        assert len(expected["tallies_by_year"]) > 1000  # years of codes, not a handful
        again = compute(store, dt.date(2023, 11, 1), dt.date(2026, 2, 28)).to_json()
        assert again == report
