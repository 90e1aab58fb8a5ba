"""Real processes killed with SIGKILL mid-write: the store keeps all or none of an import,
and every entry that was reported saved."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from omradesapp.demo import generate
from omradesapp.exchange.csv_export import entries_to_csv
from omradesapp.store.database import open_store
from omradesapp.store.org import list_units

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
ROWS = 30_000


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crash")
    store = open_store(folder / "names.db")
    units = list_units(store)
    store.close()
    entries = list(
        generate(units, {u.id: [] for u in units}, dt.date(2024, 1, 1), dt.date(2026, 6, 30), 90)
    )[:ROWS]
    path = folder / "big.csv"
    path.write_text(entries_to_csv(entries, {u.id: u.name for u in units}, {}), "utf-8")
    return path


def count(db: Path) -> int:
    conn = sqlite3.connect(db)
    n = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    tallied = conn.execute("SELECT coalesce(sum(n), 0) FROM tallies WHERE measure = ''").fetchone()
    conn.close()
    assert tallied[0] == n  # the tallies went with the entries, or not at all
    return int(n)


def check_passes(db: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "omradesapp", "--db", str(db), "check"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "integritet: ok" in out.stdout


def start_import(db: Path, csv_path: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "omradesapp", "--db", str(db), "import", str(csv_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_import_killed_at_several_moments_keeps_all_or_none(
    big_csv: Path, db_path: Path, tmp_path: Path
) -> None:
    template = db_path.read_bytes()
    t0 = time.monotonic()
    full = start_import(db_path, big_csv)
    assert full.wait(timeout=120) == 0
    duration = time.monotonic() - t0
    assert count(db_path) == ROWS

    outcomes = []
    for i, fraction in enumerate((0.2, 0.5, 0.7, 0.85, 0.95, 1.1)):
        db = tmp_path / f"k{i}.db"
        db.write_bytes(template)
        proc = start_import(db, big_csv)
        time.sleep(duration * fraction)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        check_passes(db)
        n = count(db)
        assert n in (0, ROWS), f"killed at {fraction:.0%}: {n} of {ROWS} rows"
        outcomes.append(n)

    # Kill while the transaction is being written: as soon as the WAL grows.
    db = tmp_path / "wal.db"
    db.write_bytes(template)
    wal = db.with_name(db.name + "-wal")
    proc = start_import(db, big_csv)
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size > 2_000_000:
            os.kill(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.002)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the import finished before it could be killed"
    check_passes(db)
    assert count(db) == 0
    print("rows after each kill:", outcomes)


SAVER = """
import datetime as dt, sys
from omradesapp.domain.entry import Entry
from omradesapp.store.database import open_store
from omradesapp.store.entries import add_entry
from omradesapp.store.org import list_units
store = open_store(sys.argv[1])
unit = list_units(store)[0]
for i in range(100000):
    e = add_entry(store, Entry(kind="visit", date=dt.date(2026, 5, 1 + i % 28), unit_id=unit.id,
                               adults=1 + i % 3, minutes=10), "desk")
    print(e.id, flush=True)  # the desk says "saved" only after add_entry returned
"""


def test_every_entry_reported_saved_survives_a_kill(db_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", SAVER, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    saved = []
    for line in proc.stdout:
        saved.append(line.strip())
        if len(saved) == 150:
            proc.send_signal(signal.SIGKILL)
            break
    saved.extend(line.strip() for line in proc.stdout)  # what it printed before dying
    proc.wait()
    check_passes(db_path)
    conn = sqlite3.connect(db_path)
    stored = {r[0] for r in conn.execute("SELECT id FROM entries")}
    conn.close()
    assert set(saved) <= stored
    assert len(stored) - len(saved) <= 1  # at most the one being written when killed
