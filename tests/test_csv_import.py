"""CSV interchange v1 (SPEC §9): detection, all-or-nothing, idempotence, and every refusal."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from dbcheck import fingerprint

from omradesapp.cli import main

HEADER = "kind;date;unit;worker;adults;children;contact_type;form;minutes;note"
GOOD = "contact;2026-03-02;Berga;AB;1;0;advice;individual;60;"


def entry_count(db: Path) -> int:
    conn = sqlite3.connect(db)
    n = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    conn.close()
    return int(n)


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def write(tmp_path: Path, text: str, name: str = "in.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_semicolon_utf8(db_path: Path, tmp_path: Path) -> None:
    f = write(tmp_path, f"{HEADER}\n{GOOD}\n")
    assert run(db_path, "import", str(f)) == 0
    assert entry_count(db_path) == 1


def test_comma_utf8_with_bom_and_any_column_order(db_path: Path, tmp_path: Path) -> None:
    text = "unit,date,kind,adults\r\nSkäggetorp,2026-03-02,visit,2\r\nRYD,2026-03-03,visit,\r\n"
    f = tmp_path / "bom.csv"
    f.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert run(db_path, "import", str(f)) == 0
    assert entry_count(db_path) == 2


def test_windows_1252_as_swedish_excel_writes_it(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = write(
        tmp_path, "kind;date;unit;worker\nvisit;2026-03-02;Skäggetorp;Åsa\n", encoding="cp1252"
    )
    assert run(db_path, "import", str(f)) == 0
    assert "Åsa" in capsys.readouterr().out
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT name FROM workers").fetchall() == [("Åsa",)]


def test_rows_with_ids_are_stored_once(db_path: Path, tmp_path: Path) -> None:
    i = str(uuid.uuid4())
    f = write(tmp_path, f"id;{HEADER}\n{i};{GOOD}\n")
    assert run(db_path, "import", str(f)) == 0
    before = fingerprint(db_path)
    g = write(tmp_path, f"id;{HEADER}\n{i};{GOOD}\n", name="again.csv")
    assert run(db_path, "import", str(g)) == 0
    assert entry_count(db_path) == 1
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT n FROM tallies WHERE measure = ''").fetchall() == [(1,)]
    conn.close()
    assert before != fingerprint(db_path)  # the second file is recorded as imported ...
    assert entry_count(db_path) == 1  # ... but adds nothing


def test_same_file_without_ids_is_refused_unless_again(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = write(tmp_path, f"{HEADER}\n{GOOD}\n")
    assert run(db_path, "import", str(f)) == 0
    before = fingerprint(db_path)
    capsys.readouterr()
    assert run(db_path, "import", str(f)) == 2
    err = capsys.readouterr().err
    assert "redan importerad" in err and "in.csv" in err
    assert fingerprint(db_path) == before
    assert run(db_path, "import", "--again", str(f)) == 0
    assert entry_count(db_path) == 2


BAD_CASES = [
    # (csv text, row, column, words the message must contain)
    (f"{HEADER};colour\n{GOOD};red\n", 1, "colour", "okänd kolumn"),
    ("date;unit\n2026-03-02;Berga\n", 1, "kind", "saknas"),
    (f"{HEADER}\n{GOOD}\nvisit;2026-03-02;Norrköping;AB;;;;;;\n", 3, "unit", "Norrköping"),
    (f"{HEADER}\n{GOOD}\nvisit;2026-02-30;Berga;AB;;;;;;\n", 3, "date", "2026-02-30"),
    (f"{HEADER}\n{GOOD}\nvisit;02/03/2026;Berga;AB;;;;;;\n", 3, "date", "ÅÅÅÅ-MM-DD"),
    (f"{HEADER}\n{GOOD}\nvisit;2026-03-02;Berga;AB;501;;;;;\n", 3, "adults", "0–500"),
    (f"{HEADER}\n{GOOD}\nvisit;2026-03-02;Berga;AB;-1;;;;;\n", 3, "adults", "0–500"),
    (f"{HEADER}\n{GOOD}\nvisit;2026-03-02;Berga;AB;1;;;;1441;\n", 3, "minutes", "0–1440"),
    (f"{HEADER}\n{GOOD}\nvisit;2026-03-02;Berga;AB;two;;;;;\n", 3, "adults", "heltal"),
    (f"{HEADER}\n{GOOD}\ncontact;2026-03-02;Berga;AB;1;;help;;;\n", 3, "contact_type", "help"),
    (f"{HEADER}\n{GOOD}\ncontact;2026-03-02;Berga;AB;1;;;;;\n", 3, "contact_type", "måste anges"),
    (f"{HEADER}\n{GOOD}\nparty;2026-03-02;Berga;AB;1;;;;;\n", 3, "kind", "party"),
    (f"{HEADER}\n{GOOD}\ncontact;2026-03-02;Berga;AB;1;;advice;chat;;\n", 3, "form", "chat"),
    (
        f"{HEADER}\n{GOOD}\nvisit;2026-03-02;Berga;AB;1;;;;;ringde 850709-9805\n",
        3,
        "note",
        "personnummer",
    ),
    (
        f"{HEADER}\n{GOOD}\nvisit;2026-03-02;Berga;AB;1;;;;;nås på 070-123 45 67\n",
        3,
        "note",
        "telefonnummer",
    ),
    (f"{HEADER}\n{GOOD}\nvisit;2026-03-02;Berga;AB;1;;;;;{'x' * 501}\n", 3, "note", "500"),
    (f"{HEADER}\n{GOOD}\nvisit;2026-03-02;Berga\n", 3, "", "fält"),
    (
        "kind;date;unit;meeting_type;partners\nmeeting;2026-03-02;Berga;sip;bvc|pub\n",
        2,
        "partners",
        "pub",
    ),
    ("id;kind;date;unit\nnot-a-uuid;visit;2026-03-02;Berga\n", 2, "id", "UUID"),
    ("kind;date;unit;evening\ngroup;2026-03-02;Berga;yes\n", 2, "evening", "yes"),
    (f"{HEADER}\n{GOOD}\nvisit;2026-03-02;Berga;070-123 45 67;;;;;;\n", 3, "worker", "telefon"),
    (f"{HEADER}\n{GOOD}\nvisit;2026-03-02;Berga;{'A' * 61};;;;;;\n", 3, "worker", "60 tecken"),
]


@pytest.mark.parametrize(("text", "row", "column", "words"), BAD_CASES)
def test_bad_input_is_refused_and_changes_nothing(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    text: str,
    row: int,
    column: str,
    words: str,
) -> None:
    f = write(tmp_path, text)
    before = fingerprint(db_path)
    assert run(db_path, "import", str(f)) == 2
    err = capsys.readouterr().err
    assert f"in.csv, rad {row}" in err
    if column:
        assert f"kolumn {column}" in err
    assert words in err
    assert fingerprint(db_path) == before


def test_not_a_csv_and_empty_and_missing_files(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = fingerprint(db_path)
    empty = write(tmp_path, "", name="empty.csv")
    assert run(db_path, "import", str(empty)) == 2
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert run(db_path, "import", str(binary)) == 2
    assert run(db_path, "import", str(tmp_path / "nope.csv")) == 2
    err = capsys.readouterr().err
    assert "empty.csv" in err and "photo.csv" in err and "nope.csv" in err
    assert fingerprint(db_path) == before


def test_several_files_are_all_or_nothing(db_path: Path, tmp_path: Path) -> None:
    good = write(tmp_path, f"{HEADER}\n{GOOD}\n", name="good.csv")
    bad = write(tmp_path, f"{HEADER}\nvisit;2026-03-02;Atlantis;AB;;;;;;\n", name="bad.csv")
    before = fingerprint(db_path)
    assert run(db_path, "import", str(good), str(bad)) == 2
    assert fingerprint(db_path) == before


def test_closed_month_refuses_import(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db_path, "close-month", "2026-03", "--unit", "Berga") == 0
    before = fingerprint(db_path)
    f = write(tmp_path, f"{HEADER}\n{GOOD}\n")
    assert run(db_path, "import", str(f)) == 2
    assert "Mars 2026 är avslutad för Berga" in capsys.readouterr().err
    assert fingerprint(db_path) == before
    other = write(tmp_path, f"{HEADER}\n{GOOD.replace('Berga', 'Ryd')}\n", name="ryd.csv")
    assert run(db_path, "import", str(other)) == 0


def test_error_list_is_bounded_and_names_rows(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = "\n".join(f"visit;2026-03-{d:02d};Nowhere;AB;;;;;;" for d in range(1, 29))
    f = write(tmp_path, f"{HEADER}\n{rows}\n")
    assert run(db_path, "import", str(f)) == 2
    err = capsys.readouterr().err
    assert "in.csv, rad 2, kolumn unit" in err
    assert "in.csv, rad 21, kolumn unit" in err
    assert "fel till" in err


def test_an_id_is_the_same_id_whatever_its_case(db_path: Path, tmp_path: Path) -> None:
    i = str(uuid.uuid4())
    upper = write(tmp_path, f"id;{HEADER}\n{i.upper()};{GOOD}\n", name="upper.csv")
    lower = write(tmp_path, f"id;{HEADER}\n{i};{GOOD}\n", name="lower.csv")
    assert run(db_path, "import", str(upper)) == 0
    assert run(db_path, "import", str(lower)) == 0
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT id FROM entries").fetchall() == [(i,)]
    conn.close()
