"""Faults of the machine against the real command line (SPEC §7, §8).

Every writing command meets a full disk, a read-only file and folder, a damaged
page, a folder given as the database and a database locked by another program.
Each is refused with a Swedish message on stderr and exit status 2, no trace, and
nothing changed: the files are the same, byte for byte, before and after.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from dbcheck import fingerprint as data_fingerprint

from omradesapp.cli import main

DB_WRITERS = ("import", "close-month", "reopen-month", "check --repair-tallies")
OUT_WRITERS = ("export", "report --out")
EVERY_COMMAND = (*DB_WRITERS, *OUT_WRITERS, "restore", "new database")
SWEDISH = ("inget har ändrats", "används redan", "kan inte användas", "skadad")


@dataclass
class World:
    """The inputs (never written) and the target folder where a command writes."""

    inputs: Path
    target: Path

    @property
    def db(self) -> Path:
        return self.target / "omradesapp.db"

    def args(self, command: str) -> list[str]:
        csv, backup = self.inputs / "in.csv", self.inputs / "backup.db"
        db = ["--db", str(self.db)]
        return {
            "import": [*db, "import", str(csv)],
            "close-month": [*db, "close-month", "2026-10"],
            "reopen-month": [*db, "reopen-month", "2026-09"],
            "check --repair-tallies": [*db, "check", "--repair-tallies"],
            "export": [*db, "export", "--from", "2026-10-01", "--to", "2026-10-31", "--out",
                       str(self.target / "p.omrpkg")],
            "report --out": [*db, "report", "--month", "2026-10", "--format", "json", "--out",
                             str(self.target / "r.json")],
            "restore": [*db, "restore", str(backup)],
            "new database": ["--db", str(self.target / "new.db"), "import", str(csv)],
        }[command]  # fmt: skip


@pytest.fixture(scope="module")
def sound_db(tmp_path_factory: pytest.TempPathFactory, template_db: Path) -> Path:
    """A database with entries in September (closed) and October (open), its log folded in."""
    folder = tmp_path_factory.mktemp("sound")
    db = folder / "omradesapp.db"
    shutil.copy(template_db, db)
    csv = folder / "rows.csv"
    csv.write_text(
        "kind;date;unit;adults\nvisit;2026-09-03;Berga;2\nvisit;2026-10-05;Ryd;1\n", "utf-8"
    )
    assert main(["--db", str(db), "import", str(csv)]) == 0
    assert main(["--db", str(db), "close-month", "2026-09"]) == 0
    shutil.rmtree(folder / "backups", ignore_errors=True)
    db.with_name(db.name + ".lock").unlink()
    return db


def _world(sound_db: Path, inputs: Path, target: Path, command: str) -> World:
    inputs.mkdir(parents=True, exist_ok=True)
    target.mkdir(parents=True, exist_ok=True)
    (inputs / "in.csv").write_text("kind;date;unit\nvisit;2026-10-06;Berga\n", "utf-8")
    shutil.copy(sound_db, inputs / "backup.db")
    world = World(inputs, target)
    if command != "new database":
        shutil.copy(sound_db, world.db)
    return world


def _digest(path: Path) -> str:
    """A database by its rows (SQLite may refresh its statistics on any close), else bytes."""
    if path.suffix == ".db":
        with contextlib.suppress(sqlite3.DatabaseError):
            return data_fingerprint(path)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fingerprint(*folders: Path) -> dict[str, str]:
    """Every file. Lock files, SQLite's shared-memory index and the remembered verdict of
    the file's health (written when damage is found) are no data."""
    found = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.name.endswith((".lock", "-shm", ".check")):
                if path.name.endswith("-wal") and path.stat().st_size == 0:
                    continue
                found[str(path)] = _digest(path)
    return found


def run_cli(args: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run(
        [sys.executable, "-m", "omradesapp", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def assert_refused(world: World, command: str, *words: str) -> str:
    before = fingerprint(world.inputs, world.target)
    out = run_cli(world.args(command))
    assert out.returncode == 2, (out.returncode, out.stdout, out.stderr)
    assert "Traceback" not in out.stderr, out.stderr
    assert any(w in out.stderr for w in SWEDISH), out.stderr
    for w in words:
        assert w in out.stderr, out.stderr
    assert fingerprint(world.inputs, world.target) == before, out.stderr
    return out.stderr


# -- a full disk: a small tmpfs, filled ----------------------------------------------------


@contextlib.contextmanager
def small_disk(folder: Path) -> Iterator[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"no tmpfs can be mounted here ({done.stderr.strip()}): full disk not tried")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path, leave: int = 32 * 1024) -> None:
    """Fill the disk but `leave` bytes: room for SQLite's shared-memory index, no more."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 65536)
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 4096)
        os.ftruncate(fd, max(0, os.fstat(fd).st_size - leave))
    finally:
        os.close(fd)


@pytest.mark.parametrize("command", EVERY_COMMAND)
def test_a_full_disk(sound_db: Path, tmp_path: Path, command: str) -> None:
    with small_disk(tmp_path / "disk") as disk:
        world = _world(sound_db, tmp_path / "inputs", disk, command)
        fill(disk)
        assert_refused(world, command, "Disken")
        if command == "new database":
            assert not (disk / "new.db").exists()


# -- read-only file and folder: chattr +i (root ignores permission bits) ------------------


@contextlib.contextmanager
def immutable(path: Path) -> Iterator[None]:
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"chattr +i does not work here ({done.stderr.strip()}): read-only not tried")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=False)


@pytest.mark.parametrize("command", EVERY_COMMAND)
def test_a_read_only_folder(sound_db: Path, tmp_path: Path, command: str) -> None:
    world = _world(sound_db, tmp_path / "inputs", tmp_path / "target", command)
    with immutable(world.target):
        assert_refused(world, command, "skrivskyddad")


@pytest.mark.parametrize("command", [c for c in EVERY_COMMAND if c != "new database"])
def test_a_read_only_file(sound_db: Path, tmp_path: Path, command: str) -> None:
    world = _world(sound_db, tmp_path / "inputs", tmp_path / "target", command)
    written = {"export": "p.omrpkg", "report --out": "r.json"}.get(command)
    target = world.target / written if written else world.db
    if written:
        target.write_bytes(b"an earlier file")
    with immutable(target):
        assert_refused(world, command, "skrivskyddad")


# -- a damaged page, a folder as database --------------------------------------------------


# The tables every writing command reads or writes: their damage is met where SQLite reads
# (commands run no check of the whole file first; `check` and backups do).
DAMAGED_TABLES = ("entries", "tallies", "audit", "closed_months", "imports", "package_versions")


def damage(db: Path) -> None:
    """Overwrite the root page of each table in DAMAGED_TABLES with garbage."""
    conn = sqlite3.connect(db)
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    roots = [r[0] for r in conn.execute(
        f"SELECT rootpage FROM sqlite_master WHERE name IN ({','.join('?' * len(DAMAGED_TABLES))})",
        DAMAGED_TABLES,
    )]  # fmt: skip
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with open(db, "r+b") as f:
        for root in roots:
            f.seek((root - 1) * page)
            f.write(b"\xa5" * page)


@pytest.mark.parametrize("command", [c for c in EVERY_COMMAND if c != "new database"])
def test_a_damaged_page(sound_db: Path, tmp_path: Path, command: str) -> None:
    world = _world(sound_db, tmp_path / "inputs", tmp_path / "target", command)
    damage(world.inputs / "backup.db" if command == "restore" else world.db)
    err = assert_refused(world, command, "skadad")
    assert "malformed" not in err
    if command != "restore":
        assert "restore" in err
    if command not in ("restore", "check --repair-tallies"):
        assert "omradesapp check" in err


@pytest.mark.parametrize("command", [c for c in EVERY_COMMAND if c != "new database"])
def test_a_folder_as_database(sound_db: Path, tmp_path: Path, command: str) -> None:
    world = _world(sound_db, tmp_path / "inputs", tmp_path / "target", "new database")
    world.db.mkdir()
    (world.db / "inside.txt").write_text("kvar", "utf-8")
    assert_refused(world, command, "är en mapp")
    assert not world.db.with_name(world.db.name + ".lock").exists()


# -- another program holds the database -------------------------------------------------

HOLD_WRITER_LOCK = """
import sys
from omradesapp.store.lock import WriterLock
lock = WriterLock(__import__("pathlib").Path(sys.argv[1] + ".lock"))
assert lock.try_acquire()
print("locked", flush=True)
sys.stdin.read()
"""
HOLD_EXCLUSIVE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()
conn.execute("ROLLBACK")
"""


@contextlib.contextmanager
def held(script: str, db: Path) -> Iterator[None]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        yield
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(timeout=30)


HOLDERS: dict[str, tuple[str, str]] = {
    "writer lock": (HOLD_WRITER_LOCK, "används redan"),
    "sqlite exclusive": (HOLD_EXCLUSIVE, "låst av ett annat program"),
}


@pytest.mark.parametrize("holder", HOLDERS)
@pytest.mark.parametrize("command", [*DB_WRITERS, "restore"])
def test_a_database_held_by_another_program(
    sound_db: Path, tmp_path: Path, command: str, holder: str
) -> None:
    script, words = HOLDERS[holder]
    world = _world(sound_db, tmp_path / "inputs", tmp_path / "target", command)
    with held(script, world.db):
        assert_refused(world, command, words)


def test_a_bug_is_exit_1_with_a_short_swedish_message(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from omradesapp import commands

    def broken(args: object) -> int:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(commands, "_close", broken)
    assert main(["--db", str(db_path), "close-month", "2026-10"]) == 1
    err = capsys.readouterr().err
    assert "oväntat fel" in err and "Traceback" not in err and "division" not in err


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (sqlite3.OperationalError("database or disk is full"), "Disken är full"),
        (sqlite3.DatabaseError("database disk image is malformed"), "omradesapp restore"),
        (sqlite3.OperationalError("database is locked"), "låst av ett annat program"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "skrivskyddad"),
        (OSError(28, "No space left on device"), "Disken är full – frigör plats"),
        (OSError(30, "Read-only file system"), "skrivskyddad"),
        (OSError(21, "Is a directory"), "är en mapp"),
    ],
)
def test_each_fault_has_its_swedish_words(error: BaseException, words: str) -> None:
    from omradesapp.faults import message_for

    code, message = message_for(error, Path("omradesapp.db"))
    assert code == 2
    assert words in message and "inget har ändrats" in message


def test_check_tells_what_a_damaged_database_cannot(sound_db: Path, tmp_path: Path) -> None:
    world = _world(sound_db, tmp_path / "inputs", tmp_path / "target", "check --repair-tallies")
    damage(world.db)
    out = run_cli(["--db", str(world.db), "check"])
    assert out.returncode == 2
    assert "integritet: skadad" in out.stdout
    assert "omradesapp restore" in out.stderr and "Traceback" not in out.stderr
