"""CSV import: strict quoting, "already imported" on content, neutral file names, progress."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
import uuid
from pathlib import Path

import pytest
from dbcheck import fingerprint, tally_tables

from omradesapp.cli import main
from omradesapp.exchange import csv_import, importer
from omradesapp.exchange.csv_import import import_csv
from omradesapp.exchange.importer import LARGE_FILE, progress_printer
from omradesapp.store.database import Store
from omradesapp.store.tallies import rebuild_tallies

HEADER = "kind;date;unit;worker;adults;children;contact_type;form;minutes;note"
GOOD = "contact;2026-03-02;Berga;AB;1;0;advice;individual;60;"
VISIT = "visit;2026-03-03;Skäggetorp;Åsa;2;1;;;15;"


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def write(tmp_path: Path, data: str | bytes, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def rows(db: Path, sql: str = "SELECT count(*) FROM entries") -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def refused(db: Path, f: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    before = fingerprint(db)
    capsys.readouterr()
    assert run(db, "import", *args, str(f)) == 2
    assert fingerprint(db) == before
    return capsys.readouterr().err


# -- strict quoting ---------------------------------------------------------------------


def test_a_quote_that_never_closes_is_refused_naming_its_row(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = f'{HEADER}\n{GOOD}\nvisit;2026-03-02;Berga;AB;1;;;;;"ringde om tid\n{GOOD}\n'
    err = refused(db_path, write(tmp_path, text), capsys)
    assert "in.csv, rad 3: citattecknet som börjar på rad 3 stängs aldrig" in err


def test_a_stray_quote_that_swallows_the_next_rows_is_refused(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Without the check this file imported as 2 rows, row 4 inside row 3's note.
    text = (
        f'{HEADER}\n{GOOD}\nvisit;2026-03-02;Berga;AB;1;;;;;"kom in\n'
        'visit;2026-03-04;Berga;AB;1;;;;;gick hem"\n'
    )
    err = refused(db_path, write(tmp_path, text), capsys)
    assert "in.csv, rad 3, kolumn note: citattecknet som börjar på rad 3" in err
    assert "rad 4" in err


def test_text_after_a_closing_quote_is_refused(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = f'{HEADER}\n{GOOD}\nvisit;2026-03-02;Berga;AB;1;;;;;"kort" samtal\n'
    err = refused(db_path, write(tmp_path, text), capsys)
    assert "in.csv, rad 3: efter ett avslutande citattecken" in err


def test_a_quoted_note_with_a_line_break_is_still_taken(db_path: Path, tmp_path: Path) -> None:
    today = dt.date.today().isoformat()  # older notes are cleared (retention)
    text = f'{HEADER}\n{GOOD}\nvisit;{today};Berga;AB;1;;;;;"rad ett\nrad två; slut"\n'
    assert run(db_path, "import", str(write(tmp_path, text))) == 0
    notes = rows(db_path, "SELECT note FROM entries WHERE note IS NOT NULL")
    assert notes == [("rad ett\nrad två; slut",)]


# -- already imported, on content -------------------------------------------------------

BASE = f"{HEADER}\n{GOOD}\n{VISIT}\n"
SWAPPED = "note;minutes;form;contact_type;children;adults;worker;unit;date;kind"


def _swapped(line: str) -> str:
    return ";".join(reversed(line.split(";")))


RESAVED = {
    "crlf": BASE.replace("\n", "\r\n").encode("utf-8"),
    "bom": b"\xef\xbb\xbf" + BASE.encode("utf-8"),
    "comma": BASE.replace(";", ",").encode("utf-8"),
    "cp1252": BASE.encode("cp1252"),
    "excel": BASE.replace("\n", "\r\n").replace(";", ",").encode("cp1252"),
    "order and spaces": (
        f"{SWAPPED}\n{_swapped(GOOD)}\n {_swapped(VISIT).replace(';', ' ; ')}\n\n"
    ).encode(),
}


@pytest.mark.parametrize("variant", sorted(RESAVED))
def test_a_resaved_copy_is_already_imported(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], variant: str
) -> None:
    assert run(db_path, "import", str(write(tmp_path, BASE, "oktober.csv"))) == 0
    copy = write(tmp_path, RESAVED[variant], "oktober (2).csv")
    err = refused(db_path, copy, capsys)
    assert "oktober (2).csv: filen är redan importerad" in err and "--again" in err
    assert run(db_path, "import", "--again", str(copy)) == 0
    assert rows(db_path) == [(4,)]
    assert rows(db_path, "SELECT DISTINCT worker_id IS NOT NULL FROM entries") == [(1,)]


def test_a_file_with_other_content_is_not_already_imported(db_path: Path, tmp_path: Path) -> None:
    assert run(db_path, "import", str(write(tmp_path, BASE, "a.csv"))) == 0
    changed = BASE.replace("2026-03-03", "2026-03-04")
    assert run(db_path, "import", str(write(tmp_path, changed, "b.csv"))) == 0
    assert rows(db_path) == [(4,)]


def test_a_name_with_an_identity_number_is_never_stored(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = write(tmp_path, BASE, "klient-8501011236.csv")
    assert run(db_path, "import", str(f)) == 0
    conn = sqlite3.connect(db_path)
    dump = "\n".join(conn.iterdump())
    names = conn.execute("SELECT file_name FROM imports").fetchall()
    conn.close()
    assert names == [("fil 1",)]
    for digits in ("8501011236", "850101", "011236"):
        assert digits not in dump
    # Known by its content all the same: a copy is refused, under its neutral name too.
    err = refused(db_path, write(tmp_path, BASE, "kopia.csv"), capsys)
    assert "redan importerad" in err


# -- progress ---------------------------------------------------------------------------


def test_progress_counts_the_bytes_up_to_the_whole_file(store: Store, tmp_path: Path) -> None:
    body = "\n".join(f"visit;2026-03-{1 + i % 28:02d};Berga;AB;1;;;;;" for i in range(12_000))
    f = write(tmp_path, f"{HEADER}\n{body}\n")
    calls: list[tuple[int, int]] = []
    result = import_csv(store, f, "test", progress=lambda done, total: calls.append((done, total)))
    assert result.added == 12_000
    size = f.stat().st_size
    assert len(calls) >= 3 and all(total == size for _, total in calls)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[-1] == (size, size)


def test_the_command_line_prints_progress_for_large_files_only() -> None:
    out = io.StringIO()
    show = progress_printer(out)
    big = LARGE_FILE * 2
    for done in range(0, big + 1, big // 40):
        show("stor.csv", done, big)
    show("liten.csv", 100, 1000)
    show("liten.csv", 1000, 1000)
    lines = out.getvalue().splitlines()
    assert lines == [f"stor.csv: {p} % inläst" for p in range(10, 101, 10)]


def test_tallies_written_in_parts_add_up_as_if_counted_afresh(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(csv_import, "BATCH", 7)
    monkeypatch.setattr(csv_import, "MAX_COUNTS", 3)  # written after nearly every batch
    body = "\n".join(
        f"contact;2026-{1 + i % 9:02d}-{1 + i % 28:02d};{('Berga', 'Ryd')[i % 2]};AB;{i % 3};1;"
        f"{('advice', 'service')[i % 2]};phone;{10 + i};"
        for i in range(100)
    )
    import_csv(store, write(tmp_path, f"{HEADER}\n{body}\n"), "test")
    gathered = tally_tables(store.conn)
    rebuild_tallies(store)
    assert tally_tables(store.conn) == gathered
    assert sum(r[5] for r in gathered["tallies"] if r[3] == "") == 100


def test_a_quote_problem_is_listed_after_the_problems_before_it(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = f'{HEADER}\nvisit;2026-03-02;Atlantis;AB;1;;;;;\nvisit;2026-03-02;Berga;AB;1;;;;;"x\n'
    err = refused(db_path, write(tmp_path, text), capsys)
    assert err.index("rad 2, kolumn unit") < err.index("rad 3: citattecknet")


def test_a_field_too_long_to_be_ours_is_refused(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = f'{HEADER}\n{GOOD}\nvisit;2026-03-02;Berga;AB;1;;;;;"{"x" * 140_000}"\n'
    err = refused(db_path, write(tmp_path, text), capsys)
    assert "in.csv, rad 3: ett fält som börjar på rad 3 är längre än" in err


@pytest.mark.parametrize("in_memory", [1000, 3])  # 3: the ids move to a temporary table
def test_a_repeated_id_is_named_with_its_first_row_across_batches(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    in_memory: int,
) -> None:
    monkeypatch.setattr(csv_import, "BATCH", 2)
    monkeypatch.setattr(csv_import, "MAX_SEEN_IN_MEMORY", in_memory)
    ids = [str(uuid.uuid4()) for _ in range(10)]
    ids[8] = ids[2]  # row 10 repeats row 4
    body = "\n".join(f"{i};visit;2026-03-02;Berga" for i in ids)
    err = refused(db_path, write(tmp_path, f"id;kind;date;unit\n{body}\n"), capsys)
    assert "in.csv, rad 10, kolumn id: samma id som rad 4." in err
    ids[8] = str(uuid.uuid4())
    body = "\n".join(f"{i};visit;2026-03-02;Berga" for i in ids)
    assert run(db_path, "import", str(write(tmp_path, f"id;kind;date;unit\n{body}\n"))) == 0
    assert rows(db_path) == [(10,)]


def test_the_import_command_prints_progress_on_stderr(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(importer, "LARGE_FILE", 1000)  # this small file counts as large
    body = "\n".join(f"visit;2026-03-{1 + i % 28:02d};Berga;AB;1;;;;;" for i in range(12_000))
    f = write(tmp_path, f"{HEADER}\n{body}\n")
    capsys.readouterr()
    assert run(db_path, "import", str(f)) == 0
    out = capsys.readouterr()
    assert "in.csv: 100 % inläst" in out.err.splitlines()
    assert "inläst" not in out.out
