"""Export packages between desks and the unit head: merge, re-import, edits, deletes, conflicts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from exchange_helpers import db_snapshot, entry, new_db, snapshot, split

from omradesapp import cli, demo
from omradesapp.exchange.importer import import_files
from omradesapp.exchange.package_export import export_package
from omradesapp.reports.figures import compute
from omradesapp.store import schema
from omradesapp.store.audit import read_audit
from omradesapp.store.entries import add_entry, delete_entry, get_entry, update_entry
from omradesapp.store.opening import open_store
from omradesapp.store.org import unit_by_name

START, END = dt.date(2026, 1, 1), dt.date(2026, 3, 31)


@pytest.fixture
def dbs(template_db: Path, tmp_path: Path) -> dict[str, Path]:
    return {n: new_db(template_db, tmp_path / "dbs", n) for n in ("desk_a", "desk_b", "head")}


def _export(db: Path, out: Path, *extra: str) -> Path:
    args = ["--db", str(db), "export", "--from", "2026-01-01", "--to", "2026-12-31"]
    assert cli.main([*args, *extra, "--out", str(out)]) == 0
    return out


def _import(db: Path, *files: Path, extra: tuple[str, ...] = ()) -> int:
    return cli.main(["--db", str(db), "import", *extra, *map(str, files)])


def test_two_desks_merged_give_the_figures_of_one_database(
    dbs: dict[str, Path], template_db: Path, tmp_path: Path
) -> None:
    single = new_db(template_db, tmp_path / "dbs", "single")
    for desk, seed in (("desk_a", 1), ("desk_b", 2)):
        with open_store(dbs[desk]) as d, open_store(single) as s:
            demo.populate(d, START, END, per_unit_month=8, seed=seed)
            demo.populate(s, START, END, per_unit_month=8, seed=seed)
    a = _export(dbs["desk_a"], tmp_path / "a.omrpkg")
    b = _export(dbs["desk_b"], tmp_path / "b.omrpkg")
    assert _import(dbs["head"], a, b) == 0
    with open_store(dbs["head"], write=False) as h, open_store(single, write=False) as s:
        for units in ((), (unit_by_name(s, "Ryd").id,)):  # type: ignore[union-attr]
            assert (
                compute(h, START, END, units).to_json() == compute(s, START, END, units).to_json()
            )
        assert compute(h, START, END).to_json()["total"]["visits"] > 0


def test_package_carries_ids_tombstones_schema_origin_and_no_notes(
    dbs: dict[str, Path], tmp_path: Path
) -> None:
    with open_store(dbs["desk_a"]) as d:
        kept = add_entry(d, entry(d, note="Pratade om sömn"), "ab")
        gone = add_entry(d, entry(d, kind="contact", contact_type="advice", form="phone"), "ab")
        delete_entry(d, gone.id, "ab")
        device = d.device
    pkg = _export(dbs["desk_a"], tmp_path / "p.omrpkg")
    header, body = split(pkg)
    assert header["format"] == "omradesapp.package" and header["format_version"] == 3
    assert len(header["body_sha256"]) == 64
    assert body["schema_version"] == schema.SCHEMA_VERSION and body["origin"] == device
    records = {r["id"]: r for r in body["entries"]}
    assert records[kept.id]["unit"] == "Berga" and "deleted_at" not in records[kept.id]
    assert "deleted_at" in records[gone.id]
    assert "sömn" not in pkg.read_text(encoding="utf-8")
    assert all("note" not in r for r in body["entries"])


def test_reimport_changes_nothing(dbs: dict[str, Path], tmp_path: Path, capsys) -> None:
    with open_store(dbs["desk_a"]) as d:
        demo.populate(d, START, END, per_unit_month=3)
    pkg = _export(dbs["desk_a"], tmp_path / "p.omrpkg")
    assert _import(dbs["head"], pkg) == 0
    before = db_snapshot(dbs["head"])
    capsys.readouterr()
    assert _import(dbs["head"], pkg) == 0
    assert " 0 nya, 0 ändrade, 0 borttagna" in capsys.readouterr().out
    assert db_snapshot(dbs["head"]) == before


def test_edit_and_delete_on_a_desk_propagate(dbs: dict[str, Path], tmp_path: Path, capsys) -> None:
    with open_store(dbs["desk_a"]) as d:
        edited = add_entry(d, entry(d, adults=1), "ab")
        deleted = add_entry(d, entry(d, kind="group", group_type="parent_group", adults=5), "ab")
        add_entry(d, entry(d, unit="Ryd", day="2026-11-02", adults=2), "ab")
    assert _import(dbs["head"], _export(dbs["desk_a"], tmp_path / "1.omrpkg")) == 0
    with open_store(dbs["desk_a"]) as d:
        update_entry(d, edited.with_changes(adults=3, children=2), "ab")
        delete_entry(d, deleted.id, "ab")
    capsys.readouterr()
    assert _import(dbs["head"], _export(dbs["desk_a"], tmp_path / "2.omrpkg")) == 0
    out = capsys.readouterr().out
    assert "1 ändrade, 1 borttagna" in out
    assert f"ändrad {edited.id}" in out and "adults 1 -> 3" in out
    assert f"borttagen {deleted.id}" in out
    with open_store(dbs["head"], write=False) as h, open_store(dbs["desk_a"], write=False) as d:
        assert get_entry(h, edited.id).entry.adults == 3
        assert get_entry(h, deleted.id, include_deleted=True).deleted_at is not None
        period = (dt.date(2026, 10, 1), dt.date(2026, 11, 30))
        assert compute(h, *period).to_json() == compute(d, *period).to_json()
        actions = [line.action for line in read_audit(h)]
        assert "import_edit" in actions and "import_delete" in actions


def test_same_entry_edited_in_two_places_is_a_conflict_with_both_versions(
    dbs: dict[str, Path], tmp_path: Path, capsys
) -> None:
    with open_store(dbs["desk_a"]) as d:
        e = add_entry(d, entry(d, adults=1), "ab")
    assert _import(dbs["head"], _export(dbs["desk_a"], tmp_path / "1.omrpkg")) == 0
    with open_store(dbs["head"]) as h:
        update_entry(h, e.with_changes(adults=4), "chef")
    with open_store(dbs["desk_a"]) as d:
        update_entry(d, e.with_changes(adults=2), "ab")
    pkg = _export(dbs["desk_a"], tmp_path / "2.omrpkg")
    for _ in range(2):  # reported again until resolved: never silently lost
        capsys.readouterr()
        assert _import(dbs["head"], pkg) == 0
        out = capsys.readouterr().out
        assert "oförändrade, 1 konflikt" in out and f"KONFLIKT {e.id}" in out
        assert "adults=4" in out and "adults=2" in out
        with open_store(dbs["head"], write=False) as h:
            assert get_entry(h, e.id).entry.adults == 4
            conflict = next(x for x in read_audit(h) if x.action == "conflict")
            assert conflict.details["head"]["adults"] == "4"
            assert conflict.details["package"]["adults"] == "2"
    assert _import(dbs["head"], pkg, extra=("--take-package",)) == 0
    with open_store(dbs["head"], write=False) as h:
        assert get_entry(h, e.id).entry.adults == 2
    capsys.readouterr()
    assert _import(dbs["head"], pkg) == 0
    assert "0 konflikter" in capsys.readouterr().out


def test_two_desks_editing_one_id_is_a_conflict(dbs: dict[str, Path], tmp_path: Path) -> None:
    with open_store(dbs["desk_a"]) as d:
        e = add_entry(d, entry(d, adults=1), "ab")
    first = _export(dbs["desk_a"], tmp_path / "a1.omrpkg")
    assert _import(dbs["head"], first) == 0
    assert _import(dbs["desk_b"], first) == 0  # a colleague took the entry over
    with open_store(dbs["desk_b"]) as b:
        update_entry(b, e.with_changes(adults=7), "cd")
    with open_store(dbs["head"]) as h:
        result = import_files(h, [_export(dbs["desk_b"], tmp_path / "b.omrpkg")], "chef")[0]
        assert [c.package.entry.adults for c in result.conflicts] == [7]  # type: ignore[union-attr]
        assert get_entry(h, e.id).entry.adults == 1


def test_package_and_csv_on_one_command_line(dbs: dict[str, Path], tmp_path: Path) -> None:
    with open_store(dbs["desk_a"]) as d:
        add_entry(d, entry(d), "ab")
    pkg = _export(dbs["desk_a"], tmp_path / "p.omrpkg")
    csv = tmp_path / "old.csv"
    csv.write_text("kind;date;unit\nvisit;2026-09-01;Ryd\n", encoding="utf-8")
    assert _import(dbs["head"], pkg, csv) == 0
    with open_store(dbs["head"], write=False) as h:
        assert h.conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 2


def test_export_limited_to_unit_and_worker(dbs: dict[str, Path], tmp_path: Path) -> None:
    with open_store(dbs["desk_a"]) as d:
        demo.populate(d, START, END, per_unit_month=3)
        worker = d.conn.execute("SELECT name FROM workers ORDER BY id LIMIT 1").fetchone()[0]
        r = export_package(d, tmp_path / "ryd.omrpkg", START, END, [unit_by_name(d, "Ryd").id])  # type: ignore[union-attr]
    _, body = split(r.path)
    assert body["entries"] and {e["unit"] for e in body["entries"]} == {"Ryd"}
    pkg = _export(dbs["desk_a"], tmp_path / "w.omrpkg", "--worker", worker)
    assert {e["worker"] for e in split(pkg)[1]["entries"]} == {worker}
    args = ["--db", str(dbs["desk_a"]), "export", "--from", "2026-01-01", "--to", "2026-01-31"]
    assert cli.main([*args, "--unit", "Nowhere", "--out", str(tmp_path / "x")]) == 2


def test_a_refused_file_among_several_imports_nothing(dbs: dict[str, Path], tmp_path: Path) -> None:
    with open_store(dbs["desk_a"]) as d:
        add_entry(d, entry(d), "ab")
    good = _export(dbs["desk_a"], tmp_path / "good.omrpkg")
    bad = tmp_path / "bad.omrpkg"
    bad.write_bytes(good.read_bytes()[:-40])
    with open_store(dbs["head"], write=False) as h:
        before = snapshot(h)
    assert _import(dbs["head"], good, bad) == 2
    assert db_snapshot(dbs["head"]) == before


def test_export_refuses_an_upside_down_period(dbs: dict[str, Path], tmp_path: Path) -> None:
    args = ["--db", str(dbs["desk_a"]), "export", "--from", "2026-02-01", "--to", "2026-01-01"]
    assert cli.main([*args, "--out", str(tmp_path / "p.omrpkg")]) == 2
    assert not (tmp_path / "p.omrpkg").exists()
