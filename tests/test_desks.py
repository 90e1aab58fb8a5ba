"""Completeness before closing (SPEC §6): known desks, how far their data reach, a close
that waits for them unless told otherwise, and package file names that say whose they are."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from dbcheck import fingerprint
from desk_helpers import desk_db, send
from exchange_helpers import rewrite, snapshot

from omradesapp.cli import main
from omradesapp.exchange.file_names import file_safe, package_file_name
from omradesapp.exchange.package import PackageError
from omradesapp.exchange.package_merge import import_package
from omradesapp.store.audit import read_audit
from omradesapp.store.database import Store
from omradesapp.store.desks import known_desks
from omradesapp.store.months import closed_units, completeness
from omradesapp.store.opening import open_store


@pytest.fixture
def head(db_path: Path, template_db: Path, tmp_path: Path) -> Path:
    """The unit head's database: desk A (Berga) sent October whole, desk B (Ryd) only
    up to 30 September."""
    a = desk_db(template_db, tmp_path / "desks", "AB", "Berga")
    b = desk_db(template_db, tmp_path / "desks", "CD", "Ryd")
    with open_store(db_path) as s:
        send(s, a, "Berga", "2026-10-01", "2026-10-31", tmp_path)
        send(s, b, "Ryd", "2026-09-01", "2026-09-30", tmp_path)
    return db_path


def test_each_desk_is_named_by_worker_and_unit_with_its_last_day(head: Path) -> None:
    with open_store(head, write=False) as s:
        rows = [(d.name, d.covered_to, late) for d, late in completeness(s, "2026-10")]
    assert rows == [
        ("AB, Berga", dt.date(2026, 10, 31), False),
        ("CD, Ryd", dt.date(2026, 9, 30), True),
    ]


def test_closing_october_is_refused_naming_desk_b_and_anyway_closes(
    head: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = fingerprint(head)
    assert main(["--db", str(head), "close-month", "2026-10"]) == 2
    err = capsys.readouterr().err
    assert "CD, Ryd (till och med 30 september 2026)" in err
    assert "AB, Berga" not in err and "--anyway" in err and "stängdes inte" in err
    assert fingerprint(head) == before  # refused: nothing changed

    assert main(["--db", str(head), "close-month", "2026-10", "--anyway"]) == 0
    assert "Stängd ändå" in capsys.readouterr().out
    with open_store(head, write=False) as s:
        assert len(closed_units(s, "2026-10")) == 11
        line = read_audit(s, 1)[0]
    assert line.action == "close_month" and line.details["behind"] == "CD, Ryd"


def test_a_close_for_units_the_late_desk_does_not_log_for_goes_ahead(head: Path) -> None:
    assert main(["--db", str(head), "close-month", "2026-10", "--unit", "Berga"]) == 0
    assert main(["--db", str(head), "close-month", "2026-09"]) == 0  # B reaches 30 September


def test_status_prints_the_same_table_aligned(
    head: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(head), "status", "--month", "2026-10"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Oktober 2026: skrivbordens data"
    assert lines[1:4] == [
        "Skrivbord  Data till och med  Status",
        "AB, Berga  2026-10-31         klar",
        "CD, Ryd    2026-09-30         ligger efter",
    ]
    assert lines[4] == "1 av 2 skrivbord ligger efter."


def test_status_of_a_database_no_desk_has_sent_to(
    store: Store, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "status", "--month", "2026-10"]) == 0
    assert "Inget skrivbord har skickat något exportpaket ännu." in capsys.readouterr().out
    with pytest.raises(SystemExit) as bad:
        main(["--db", str(db_path), "status", "--month", "2026-13"])
    assert bad.value.code == 2 and "inte en månad" in capsys.readouterr().err


def test_a_package_made_before_its_period_ends_covers_the_day_it_was_made(
    store: Store, template_db: Path, tmp_path: Path
) -> None:
    b = desk_db(template_db, tmp_path / "desks", "CD", "Ryd")
    out = send(store, b, "Ryd", "2026-10-01", "2026-10-31", tmp_path)
    assert [d.covered_to for d in known_desks(store)] == [dt.date(2026, 10, 31)]
    # The same desk's older package, imported late, does not pull its data back.
    made_15th = {"exported_at": "2026-10-15T12:00:00+00:00"}
    import_package(store, rewrite(out, lambda _h, body: body.update(made_15th)), "chef")
    assert [d.covered_to for d in known_desks(store)] == [dt.date(2026, 10, 31)]
    # Another desk's package "to 31 October" made on the 15th covers the 15th.
    other = {"origin": "11111111-1111-4111-8111-111111111111"}
    other["desk"] = {"worker": "EF", "units": ["Valla"]}  # type: ignore[assignment]
    import_package(store, rewrite(out, lambda _h, body: body.update(other)), "chef")
    assert {(d.name, d.covered_to) for d in known_desks(store)} == {
        ("CD, Ryd", dt.date(2026, 10, 31)),
        ("EF, Ryd, Valla", dt.date(2026, 10, 15)),  # its own unit and its entries' unit
    }


def test_a_refused_package_leaves_no_desk_behind(
    store: Store, template_db: Path, tmp_path: Path
) -> None:
    b = desk_db(template_db, tmp_path / "desks", "CD", "Ryd")
    with open_store(b) as d:
        from exchange_helpers import entry

        from omradesapp.exchange.package_export import export_package
        from omradesapp.store.entries import add_entry

        add_entry(d, entry(d, "Ryd", "2026-10-02"), "CD")
        out = export_package(
            d, tmp_path / "p.omrpkg", dt.date(2026, 10, 1), dt.date(2026, 10, 31)
        ).path
    before = snapshot(store)
    named = rewrite(out, lambda _h, body: body.update(desk={"worker": "850709-9805", "units": []}))
    with pytest.raises(PackageError, match="desk.*personnummer"):
        import_package(store, named, "chef")
    malformed = rewrite(out, lambda _h, body: body.update(desk=["CD"]))
    with pytest.raises(PackageError, match="fält desk"):
        import_package(store, malformed, "chef")
    assert snapshot(store) == before and known_desks(store) == []


def test_file_names_are_file_name_safe() -> None:
    assert file_safe("Områdeslokal Berga") == "Omradeslokal-Berga"
    assert file_safe("Skäggetorp") == "Skaggetorp"
    assert file_safe("Samordnat stöd och nätverksarbete") == "Samordnat-stod-och-natverksarbete"
    assert file_safe(" Ö/../x: ä ") == "Ox-a"
    assert (
        package_file_name(
            "Områdeslokal Lambohov", "Åsa B", dt.date(2026, 10, 1), dt.date(2026, 10, 31)
        )  # fmt: skip
        == "omradesapp-Omradeslokal-Lambohov-Asa-B-2026-10-01-2026-10-31.omrpkg"
    )


def test_export_to_a_folder_names_the_file_and_the_audit_keeps_it(
    template_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = desk_db(template_db, tmp_path / "desks", "Åsa", "Skäggetorp")
    with open_store(a) as d:
        from exchange_helpers import entry

        from omradesapp.store.entries import add_entry

        add_entry(d, entry(d, "Skäggetorp", "2026-10-02"), "Åsa")
        add_entry(d, entry(d, "Skäggetorp", "2026-10-03"), "Åsa")
    out = tmp_path / "ut"
    out.mkdir()
    argv = ["--db", str(a), "export", "--from", "2026-10-01", "--to", "2026-10-31"]
    assert main([*argv, "--out", str(out)]) == 0
    name = "omradesapp-Skaggetorp-Asa-2026-10-01-2026-10-31.omrpkg"
    assert [p.name for p in out.iterdir()] == [name]
    assert name in capsys.readouterr().out
    with open_store(a, write=False) as d:
        line = read_audit(d, 1)[0]
    assert line.action == "export" and line.actor == "Åsa"
    assert line.details["file"] == name and str(tmp_path) not in str(line.details)
    assert line.details["period"] == "2026-10-01–2026-10-31"
    assert line.details["entries"] == 2 and len(line.details["unit_ids"]) == 11


def test_an_export_file_name_holding_an_identity_is_refused_and_nothing_written(
    template_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = desk_db(template_db, tmp_path / "desks", "AB", "Berga")
    before = fingerprint(a)
    out = tmp_path / "850709-9805.omrpkg"
    argv = ["--db", str(a), "export", "--from", "2026-10-01", "--to", "2026-10-31", "--unit"]
    assert main([*argv, "Berga", "--out", str(out)]) == 2
    assert "Filnamnet" in capsys.readouterr().err
    assert not out.exists() and fingerprint(a) == before
