"""Real processes killed with SIGKILL mid-write: the store keeps all or none of an import,
and every entry that was reported saved."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from csv_rows import entries_to_csv

from omradesapp.demo import generate
from omradesapp.exchange import csv_import
from omradesapp.store.opening import open_store
from omradesapp.store.org import list_units

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
ROWS = csv_import.BATCH + 2000  # two batches: the kill can land between them
ROOT = Path(__file__).resolve().parent.parent

# Runs the real CLI import with one step wrapped: when the step has run for the `nth` time,
# it writes the marker and waits to be killed. So the kill lands at a known point.
HOOKED = """
import sys, time
from pathlib import Path
from omradesapp.exchange import csv_import, importer
marker, module, name, nth = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
target = {"csv_import": csv_import, "importer": importer}[module]
real = getattr(target, name)
calls = []
def hooked(*args, **kwargs):
    result = real(*args, **kwargs)
    calls.append(1)
    if len(calls) == nth:
        Path(marker).write_text("here")
        time.sleep(120)
    return result
setattr(target, name, hooked)
from omradesapp.cli import main
sys.exit(main(sys.argv[5:]))
"""
# (module, function, nth call): where each kill lands.
KILL_POINTS = {
    "mid-write, a batch written and more to come": ("csv_import", "insert_rows", 1),
    "every row written, before the commit": ("csv_import", "record_import", 1),
    "after the commit": ("importer", "import_files", 1),
}


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crash")
    store = open_store(folder / "names.db")
    units = list_units(store)
    store.close()
    rows = generate(units, {u.id: [] for u in units}, dt.date(2024, 1, 1), dt.date(2026, 6, 30), 90)
    entries = list(itertools.islice(rows, ROWS))
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


def import_killed_at(db: Path, csv_path: Path, point: tuple[str, str, int]) -> None:
    """Start a real import, wait until it reaches `point`, and SIGKILL it there."""
    marker = db.with_suffix(".marker")
    module, name, nth = point
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", HOOKED, str(marker), module, name, str(nth),
         "--db", str(db), "import", str(csv_path)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert marker.exists(), f"the import never reached {name} (exit {proc.poll()})"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL


@pytest.mark.parametrize("where", sorted(KILL_POINTS))
def test_an_import_killed_keeps_all_or_none(
    big_csv: Path, template_db: Path, tmp_path: Path, where: str
) -> None:
    db = tmp_path / "killed.db"
    db.write_bytes(template_db.read_bytes())
    import_killed_at(db, big_csv, KILL_POINTS[where])
    check_passes(db)
    expected = ROWS if where == "after the commit" else 0
    assert count(db) == expected, f"killed {where}"
    # The file then imports whole (or, after the commit, adds nothing: its rows have ids).
    assert (
        subprocess.run(
            [sys.executable, "-m", "omradesapp", "--db", str(db), "import", str(big_csv)],
            capture_output=True,
        ).returncode
        == 0
    )
    assert count(db) == ROWS


SAVER = """
import datetime as dt, sys
from omradesapp.domain.entry import Entry
from omradesapp.store.opening import open_store
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
