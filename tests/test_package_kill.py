"""A package import killed with SIGKILL halfway leaves all of it or none of it."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from dbcheck import tally_tables
from exchange_helpers import db_snapshot, new_db

from omradesapp import cli, demo
from omradesapp.store.opening import open_store
from omradesapp.store.tallies import rebuild_tallies

# Runs the real CLI import; the first tally update of the merge (rows already written
# in the open transaction) announces itself and waits to be killed.
SCRIPT = """
import sys, time
from pathlib import Path
from omradesapp.store import tallies
real = tallies.apply
def apply(conn, entries, sign):
    real(conn, entries, sign)
    Path(sys.argv[1]).write_text("inside")
    time.sleep(120)
tallies.apply = apply
from omradesapp.cli import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_sigkill_during_package_import_leaves_all_or_none(
    template_db: Path, tmp_path: Path
) -> None:
    desk = new_db(template_db, tmp_path, "desk")
    head = new_db(template_db, tmp_path, "head")
    with open_store(desk) as d:
        n = demo.populate(d, dt.date(2026, 1, 1), dt.date(2026, 6, 30), per_unit_month=20)
    pkg = tmp_path / "desk.omrpkg"
    args = ["--db", str(desk), "export", "--from", "2026-01-01", "--to", "2026-06-30"]
    assert cli.main([*args, "--out", str(pkg)]) == 0
    before = db_snapshot(head)
    marker = tmp_path / "marker"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    proc = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(marker), "--db", str(head), "import", str(pkg)],
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), "the import never reached its writes"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    with open_store(head) as h:
        assert h.integrity_check() == []
        count = h.conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    assert count == 0  # none of it
    assert db_snapshot(head) == before
    assert cli.main(["--db", str(head), "import", str(pkg)]) == 0  # then all of it
    with open_store(head) as h:
        assert h.conn.execute("SELECT count(*) FROM entries").fetchone()[0] == n
        rows = tally_tables(h.conn)
        rebuild_tallies(h)
        assert tally_tables(h.conn) == rows
