"""A closed month refuses new, edited and deleted entries on every path; reopening is audited."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_helpers import db_snapshot, entry, new_db

from omradesapp import cli
from omradesapp.store.audit import read_audit
from omradesapp.store.database import Store
from omradesapp.store.entries import add_entry, delete_entry, update_entry
from omradesapp.store.months import ClosedMonthError, close_month, closed_sentence, reopen_month
from omradesapp.store.opening import open_store
from omradesapp.store.org import unit_by_name


def _close(db: Path, month: str = "2026-10", unit: str = "Berga") -> None:
    assert cli.main(["--db", str(db), "close-month", month, "--unit", unit]) == 0


def test_desk_path_refuses_add_edit_delete_in_a_closed_month(store: Store) -> None:
    e = add_entry(store, entry(store), "ab")
    berga = unit_by_name(store, "Berga").id  # type: ignore[union-attr]
    close_month(store, "2026-10", [berga], "chef")
    with pytest.raises(ClosedMonthError, match="Oktober 2026 är avslutad för Berga"):
        add_entry(store, entry(store), "ab")
    with pytest.raises(ClosedMonthError):
        update_entry(store, e.with_changes(adults=3), "ab")
    with pytest.raises(ClosedMonthError):
        update_entry(store, e.with_changes(date=e.date.replace(month=11)), "ab")  # moving out
    with pytest.raises(ClosedMonthError):
        delete_entry(store, e.id, "ab")
    add_entry(store, entry(store, unit="Ryd"), "ab")  # other units stay open
    reopen_month(store, "2026-10", [berga], "chef", "Rättelse av antal")
    update_entry(store, e.with_changes(adults=3), "ab")
    reopen = next(x for x in read_audit(store) if x.action == "reopen_month")
    assert reopen.actor == "chef" and reopen.details["reason"] == "Rättelse av antal"


def test_cli_csv_import_into_a_closed_month_is_refused(
    db_path: Path, tmp_path: Path, capsys
) -> None:
    _close(db_path)
    csv = tmp_path / "oct.csv"
    csv.write_text("kind;date;unit\nvisit;2026-10-07;Berga\n", encoding="utf-8")
    before = db_snapshot(db_path)
    assert cli.main(["--db", str(db_path), "import", str(csv)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "omradesapp: " + (
        "oct.csv: Oktober 2026 är avslutad för Berga – öppna månaden igen under "
        "Rapporter → Månadsavslut för att importera."
    )
    assert db_snapshot(db_path) == before


@pytest.fixture
def desk_head(template_db: Path, tmp_path: Path) -> tuple[Path, Path]:
    return new_db(template_db, tmp_path, "desk"), new_db(template_db, tmp_path, "head")


def _package(desk: Path, out: Path) -> Path:
    args = ["--db", str(desk), "export", "--from", "2026-10-01", "--to", "2026-10-31"]
    assert cli.main([*args, "--out", str(out)]) == 0
    return out


def _refused(head: Path, pkg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = db_snapshot(head)
    capsys.readouterr()
    assert cli.main(["--db", str(head), "import", str(pkg)]) == 2
    err = capsys.readouterr().err
    # Once, in plain Swedish, naming the month and the unit: no entry numbers or field names.
    assert err.strip() == "omradesapp: " + (
        f"{pkg.name}: Oktober 2026 är avslutad för Berga – öppna månaden igen under "
        "Rapporter → Månadsavslut för att importera."
    )
    assert db_snapshot(head) == before


def test_package_import_refuses_new_entries_in_a_closed_month(
    desk_head: tuple[Path, Path], tmp_path: Path, capsys
) -> None:
    desk, head = desk_head
    with open_store(desk) as d:
        add_entry(d, entry(d), "ab")
    _close(head)
    _refused(head, _package(desk, tmp_path / "new.omrpkg"), capsys)


def test_package_import_refuses_edits_and_deletes_in_a_closed_month(
    desk_head: tuple[Path, Path], tmp_path: Path, capsys
) -> None:
    desk, head = desk_head
    with open_store(desk) as d:
        a = add_entry(d, entry(d, adults=1), "ab")
        b = add_entry(d, entry(d, adults=2), "ab")
    first = _package(desk, tmp_path / "first.omrpkg")
    assert cli.main(["--db", str(head), "import", str(first)]) == 0
    _close(head)
    assert cli.main(["--db", str(head), "import", str(first)]) == 0  # unchanged: no write
    with open_store(desk) as d:
        update_entry(d, a.with_changes(adults=5), "ab")
    _refused(head, _package(desk, tmp_path / "edit.omrpkg"), capsys)
    with open_store(desk) as d:
        update_entry(d, a.with_changes(adults=1), "ab")
        delete_entry(d, b.id, "ab")
    _refused(head, _package(desk, tmp_path / "delete.omrpkg"), capsys)
    assert cli.main(["--db", str(head), "reopen-month", "2026-10", "--reason", "Sen rättelse"]) == 0
    assert cli.main(["--db", str(head), "import", str(tmp_path / "delete.omrpkg")]) == 0
    with open_store(head, write=False) as h:
        live = h.conn.execute("SELECT count(*) FROM entries WHERE deleted_at IS NULL").fetchone()
        assert live[0] == 1
        assert any(x.action == "reopen_month" for x in read_audit(h))
        assert any(x.action == "close_month" for x in read_audit(h))


def test_the_closed_sentence_names_each_month_and_unit_once() -> None:
    hits = [("2026-11", "Ryd"), ("2026-10", "Berga"), ("2026-10", "Ryd"), ("2026-10", "Berga")]
    assert closed_sentence(hits, "för att importera") == (
        "Oktober 2026 är avslutad för Berga och Ryd; november 2026 är avslutad för Ryd – "
        "öppna månaden igen under Rapporter → Månadsavslut för att importera."
    )


def test_a_desk_edit_in_a_closed_month_names_month_and_unit(store: Store) -> None:
    e = add_entry(store, entry(store), "ab")
    close_month(store, "2026-10", [unit_by_name(store, "Berga").id], "chef")  # type: ignore[union-attr]
    with pytest.raises(ClosedMonthError, match="^Oktober 2026 är avslutad för Berga – "):
        update_entry(store, e.with_changes(adults=4), "ab")
