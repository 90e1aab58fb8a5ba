"""Merging goes by revision, never by clock: skewed desk clocks, `Z` timestamps, ids in
another spelling, stale packages and conflicts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from exchange_helpers import db_snapshot, entry, new_db, rewrite, split

from omradesapp import cli
from omradesapp.exchange import limits
from omradesapp.exchange.importer import import_files
from omradesapp.exchange.package import PackageError, canonical_timestamp
from omradesapp.store import entries as entries_module
from omradesapp.store.entries import (
    add_entry,
    delete_entry,
    get_entry,
    undelete_entry,
    update_entry,
)
from omradesapp.store.opening import open_store

Body = dict[str, Any]
HOUR = dt.timedelta(hours=1)


@pytest.fixture
def dbs(template_db: Path, tmp_path: Path) -> dict[str, Path]:
    return {n: new_db(template_db, tmp_path / "dbs", n) for n in ("desk", "head")}


def _export(db: Path, out: Path) -> Path:
    args = ["--db", str(db), "export", "--from", "2026-10-01", "--to", "2026-10-31"]
    assert cli.main([*args, "--out", str(out)]) == 0
    return out


def _import(db: Path, pkg: Path, *extra: str) -> int:
    return cli.main(["--db", str(db), "import", *extra, str(pkg)])


@pytest.fixture
def desk_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dt.timedelta]]:
    """The desk's clock: its offset from true time, changeable within a test."""
    offset = [dt.timedelta(0)]

    def skewed() -> str:
        return (dt.datetime.now(dt.UTC) + offset[0]).isoformat(timespec="microseconds")

    monkeypatch.setattr(entries_module, "now_iso", skewed)
    yield offset


def test_revision_counts_every_change_in_the_same_transaction(dbs: dict[str, Path]) -> None:
    with open_store(dbs["desk"]) as d:
        e = add_entry(d, entry(d, adults=1), "ab")
        assert get_entry(d, e.id).revision == 1
        update_entry(d, e.with_changes(adults=2), "ab")
        assert get_entry(d, e.id).revision == 2
        delete_entry(d, e.id, "ab")
        assert get_entry(d, e.id, include_deleted=True).revision == 3
        undelete_entry(d, e.with_changes(adults=2), "ab")
        assert get_entry(d, e.id).revision == 4


@pytest.mark.parametrize(
    "offset", [-HOUR, HOUR, -400 * 24 * HOUR], ids=["hour behind", "hour ahead", "year behind"]
)
def test_every_edit_arrives_whatever_the_desk_clock(
    dbs: dict[str, Path], tmp_path: Path, desk_clock: list[dt.timedelta], offset: dt.timedelta
) -> None:
    with open_store(dbs["desk"]) as d:
        edited = add_entry(d, entry(d, adults=1), "ab")
        deleted = add_entry(d, entry(d, adults=2), "ab")
    assert _import(dbs["head"], _export(dbs["desk"], tmp_path / "1.omrpkg")) == 0
    desk_clock[0] = offset  # every later change is stamped off by `offset`
    with open_store(dbs["desk"]) as d:
        update_entry(d, edited.with_changes(adults=3), "ab")
        delete_entry(d, deleted.id, "ab")
    second = _export(dbs["desk"], tmp_path / "2.omrpkg")
    assert _import(dbs["head"], second) == 0
    with open_store(dbs["head"], write=False) as h:
        assert get_entry(h, edited.id).entry.adults == 3
        assert get_entry(h, deleted.id, include_deleted=True).deleted_at is not None
    before = db_snapshot(dbs["head"])
    assert _import(dbs["head"], second) == 0  # the same package again changes nothing
    assert db_snapshot(dbs["head"]) == before


def _stamps_with_z(header: Body, body: Body) -> None:
    for rec in body["entries"]:
        for key in ("created_at", "updated_at", "deleted_at"):
            if key in rec:
                rec[key] = rec[key].replace("+00:00", "Z")


def test_timestamps_written_with_z_are_the_same_moments(
    dbs: dict[str, Path], tmp_path: Path, desk_clock: list[dt.timedelta]
) -> None:
    with open_store(dbs["desk"]) as d:
        e = add_entry(d, entry(d, adults=1), "ab")
    assert _import(dbs["head"], _export(dbs["desk"], tmp_path / "1.omrpkg")) == 0
    desk_clock[0] = -HOUR
    with open_store(dbs["desk"]) as d:
        update_entry(d, e.with_changes(adults=5), "ab")
    pkg = rewrite(_export(dbs["desk"], tmp_path / "2.omrpkg"), _stamps_with_z)
    assert "Z" in split(pkg)[1]["entries"][0]["updated_at"]
    assert _import(dbs["head"], pkg) == 0
    with open_store(dbs["head"], write=False) as h, open_store(dbs["desk"]) as d:
        at_head, at_desk = get_entry(h, e.id), get_entry(d, e.id)
        assert at_head.entry.adults == 5
        assert at_head.updated_at == at_desk.updated_at  # stored in the one canonical form
    before = db_snapshot(dbs["head"])
    assert _import(dbs["head"], pkg) == 0
    assert db_snapshot(dbs["head"]) == before


def test_canonical_timestamp() -> None:
    assert canonical_timestamp("2026-10-05T08:00:00Z") == "2026-10-05T08:00:00.000000+00:00"
    assert canonical_timestamp(" 2026-10-05T10:00:00+02:00\n") == (
        "2026-10-05T08:00:00.000000+00:00"
    )
    for bad in ("yesterday", "2026-10-05", "2026-13-05T08:00:00Z"):
        with pytest.raises(ValueError):
            canonical_timestamp(bad)


def test_an_older_package_after_a_newer_one_changes_nothing(
    dbs: dict[str, Path], tmp_path: Path, desk_clock: list[dt.timedelta]
) -> None:
    with open_store(dbs["desk"]) as d:
        e = add_entry(d, entry(d, adults=1), "ab")
    old = _export(dbs["desk"], tmp_path / "old.omrpkg")
    desk_clock[0] = 10 * HOUR  # the newer version even carries a later stamp: still no matter
    with open_store(dbs["desk"]) as d:
        update_entry(d, e.with_changes(adults=2), "ab")
    assert _import(dbs["head"], _export(dbs["desk"], tmp_path / "new.omrpkg")) == 0
    before = db_snapshot(dbs["head"])
    assert _import(dbs["head"], old) == 0
    assert db_snapshot(dbs["head"]) == before
    with open_store(dbs["head"], write=False) as h:
        assert get_entry(h, e.id).entry.adults == 2


def _respell_ids(header: Body, body: Body) -> None:
    for rec in body["entries"]:
        rec["id"] = f"  {rec['id'].upper()}\n"
        rec["device"] = rec["device"].upper()
    body["origin"] = body["origin"].upper() + "\n"


def test_an_id_in_another_spelling_is_the_same_entry(dbs: dict[str, Path], tmp_path: Path) -> None:
    with open_store(dbs["desk"]) as d:
        e = add_entry(d, entry(d, adults=1), "ab")
    first = _export(dbs["desk"], tmp_path / "1.omrpkg")
    assert _import(dbs["head"], first) == 0
    before = db_snapshot(dbs["head"])
    respelled = rewrite(first, _respell_ids)
    assert _import(dbs["head"], respelled) == 0
    assert db_snapshot(dbs["head"]) == before  # not a second entry, not a new origin
    with open_store(dbs["desk"]) as d:
        update_entry(d, e.with_changes(adults=4), "ab")
    edited = rewrite(_export(dbs["desk"], tmp_path / "2.omrpkg"), _respell_ids)
    with open_store(dbs["head"]) as h:
        [result] = import_files(h, [edited], "chef")
        assert [c.new.entry.id for c in result.updated] == [e.id]  # type: ignore[union-attr]
        assert result.added == [] and result.conflicts == []  # type: ignore[union-attr]
        assert h.conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 1
        assert get_entry(h, e.id).entry.adults == 4


def test_one_id_twice_in_two_spellings_is_refused(dbs: dict[str, Path], tmp_path: Path) -> None:
    with open_store(dbs["desk"]) as d:
        add_entry(d, entry(d), "ab")

    def twice(header: Body, body: Body) -> None:
        again = dict(body["entries"][0], id=body["entries"][0]["id"].upper() + "\n")
        body["entries"].append(again)

    pkg = rewrite(_export(dbs["desk"], tmp_path / "p.omrpkg"), twice)
    before = db_snapshot(dbs["head"])
    with open_store(dbs["head"]) as h, pytest.raises(PackageError, match="samma id som post 1"):
        import_files(h, [pkg], "chef")
    assert db_snapshot(dbs["head"]) == before


def test_edits_in_two_places_are_a_conflict_whatever_the_clocks(
    dbs: dict[str, Path], tmp_path: Path, desk_clock: list[dt.timedelta], capsys: Any
) -> None:
    with open_store(dbs["desk"]) as d:
        e = add_entry(d, entry(d, adults=1), "ab")
    assert _import(dbs["head"], _export(dbs["desk"], tmp_path / "1.omrpkg")) == 0
    with open_store(dbs["head"]) as h:
        update_entry(h, e.with_changes(adults=4), "chef")  # the head's clock (same patch)
    desk_clock[0] = -5 * HOUR
    with open_store(dbs["desk"]) as d:
        update_entry(d, e.with_changes(adults=2), "ab")
    pkg = _export(dbs["desk"], tmp_path / "2.omrpkg")
    for _ in range(2):  # listed again until resolved
        capsys.readouterr()
        assert _import(dbs["head"], pkg) == 0
        assert f"KONFLIKT {e.id}" in capsys.readouterr().out
    assert _import(dbs["head"], pkg, "--take-package") == 0
    with open_store(dbs["head"], write=False) as h:
        taken = get_entry(h, e.id)
        assert taken.entry.adults == 2
        assert taken.revision == 3  # above both the head's 2 and the package's 2
    before = db_snapshot(dbs["head"])
    assert _import(dbs["head"], pkg) == 0
    assert db_snapshot(dbs["head"]) == before
    with open_store(dbs["desk"]) as d:  # the desk's next edit flows in as an update
        update_entry(d, e.with_changes(adults=6), "ab")
    with open_store(dbs["head"]) as h:
        [result] = import_files(h, [_export(dbs["desk"], tmp_path / "3.omrpkg")], "chef")
        assert result.conflicts == [] and len(result.updated) == 1  # type: ignore[union-attr]
        assert get_entry(h, e.id).entry.adults == 6


def test_export_refuses_a_period_larger_than_an_import_takes(
    dbs: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    with open_store(dbs["desk"]) as d:
        for _ in range(3):
            add_entry(d, entry(d), "ab")
    pkg = _export(dbs["desk"], tmp_path / "three.omrpkg")
    monkeypatch.setattr(limits, "MAX_PACKAGE_ENTRIES", 2)  # one limit for writer and reader
    capsys.readouterr()
    out = tmp_path / "refused.omrpkg"
    args = ["--db", str(dbs["desk"]), "export", "--from", "2026-10-01", "--to", "2026-10-31"]
    assert cli.main([*args, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "har 3 poster" in err and "högst 2" in err and "kortare period" in err
    assert not out.exists()
    before = db_snapshot(dbs["head"])
    assert _import(dbs["head"], pkg) == 2
    assert "högst 2 går" in capsys.readouterr().err
    assert db_snapshot(dbs["head"]) == before
