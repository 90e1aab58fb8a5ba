"""Family engagements in export packages (SPEC §12): two team desks merged at the head give
the figures of one database holding everything; edits and deletions arrive; hostile
engagement records are refused and change nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from dbcheck import fingerprint
from engagement_helpers import contact, draft, make_team
from exchange_helpers import db_snapshot, new_db, rewrite

from omradesapp import cli
from omradesapp.domain.entry import new_id
from omradesapp.reports.figures import compute
from omradesapp.store.database import Store, now_iso
from omradesapp.store.engagements import (
    add_engagements,
    close_engagement,
    delete_engagement,
    engagement_by_code,
    engagements_in_period,
    linked_minutes,
    list_engagements,
    update_engagement,
)
from omradesapp.store.entries import add_entry
from omradesapp.store.opening import open_store
from omradesapp.store.org import unit_by_name

START, END = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
TEAM, NORTH = "Samordnat stöd och nätverksarbete", "Team Norr"


def _fill(s: Store, unit: str, ids: list[str]) -> None:
    """The same engagements and linked entries (same ids) wherever this runs."""
    unit_id = unit_by_name(s, unit).id  # type: ignore[union-attr]
    drafts = [
        draft(unit_id, "network", id=ids[0]),
        draft(unit_id, "coordinated", id=ids[1], start=dt.date(2026, 3, 2)),
        draft(unit_id, "network", id=ids[2], source="bvc", start=dt.date(2026, 4, 6)),
    ]
    with s.transaction() as c:
        opened = add_engagements(c, drafts, s.device, now_iso())
    for n, e in enumerate(opened):
        add_entry(s, contact(unit_id, e.code, 30 + 15 * n).with_changes(id=ids[3 + n]), "AB")
    close_engagement(s, ids[1], dt.date(2026, 5, 4), "goals_met", "AB", employment_end="full")


def _figures(s: Store) -> dict[str, Any]:
    units = [unit_by_name(s, n).id for n in (TEAM, NORTH)]  # type: ignore[union-attr]
    listed = list_engagements(s, units)
    active = engagements_in_period(s, units, START, END)
    out: dict[str, Any] = {
        "listing": sorted(listed, key=lambda e: e.id),
        "minutes": linked_minutes(s, [e.id for e in listed]),
        "started": sum(START <= e.start <= END for e in active),
        "closed": sum(e.end is not None and START <= e.end <= END for e in active),
    }
    total = compute(s, START, END, units).to_json()["total"]
    if "engagements" in total:  # the report's own block, where it exists
        out["report"] = total["engagements"]
    return out


def _export(db: Path, out: Path, unit: str) -> Path:
    args = ["--db", str(db), "export", "--from", "2026-01-01", "--to", "2026-12-31"]
    assert cli.main([*args, "--unit", unit, "--out", str(out)]) == 0
    return out


def _import(db: Path, *files: Path) -> int:
    return cli.main(["--db", str(db), "import", *map(str, files)])


@pytest.fixture
def desks(template_db: Path, tmp_path: Path) -> dict[str, Path]:
    dbs = {n: new_db(template_db, tmp_path / "dbs", n) for n in ("a", "b", "head", "single")}
    for path in dbs.values():
        with open_store(path) as s:
            make_team(s)
    ids = {desk: [new_id() for _ in range(6)] for desk in ("a", "b")}
    for desk, unit in (("a", TEAM), ("b", NORTH)):
        for path in (dbs[desk], dbs["single"]):
            with open_store(path) as s:
                _fill(s, unit, ids[desk])
    return dbs


def test_two_team_desks_merged_give_the_engagement_figures_of_one_database(
    desks: dict[str, Path], tmp_path: Path
) -> None:
    a = _export(desks["a"], tmp_path / "a.omrpkg", TEAM)
    b = _export(desks["b"], tmp_path / "b.omrpkg", NORTH)
    assert _import(desks["head"], a, b) == 0
    with open_store(desks["head"], write=False) as h, open_store(desks["single"], write=False) as s:
        merged, single = _figures(h), _figures(s)
    assert merged == single
    assert len(single["listing"]) == 6 and single["closed"] == 2
    assert sorted(single["minutes"].values()) == [30, 30, 45, 45, 60, 60]
    before = _rows(desks["head"])
    assert _import(desks["head"], a, b) == 0  # the same packages again change nothing
    assert _rows(desks["head"]) == before  # (the audit log records the import itself)


def _rows(db: Path) -> tuple[object, ...]:
    with open_store(db, write=False) as s:
        return (
            db_snapshot(db),
            s.conn.execute("SELECT * FROM engagements ORDER BY id").fetchall(),
        )


def test_edits_and_a_deletion_on_a_desk_arrive(
    desks: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    head = desks["head"]
    assert _import(head, _export(desks["a"], tmp_path / "1.omrpkg", TEAM)) == 0
    with open_store(desks["a"]) as d:
        team = unit_by_name(d, TEAM).id  # type: ignore[union-attr]
        listed = list_engagements(d, [team])
        edited = update_engagement(d, listed[0].with_changes(girls=3, boys=2), "AB")
        extra = add_engagements_one(d, team)
    assert _import(head, _export(desks["a"], tmp_path / "2.omrpkg", TEAM)) == 0
    with open_store(head, write=False) as h:
        got = engagement_by_code(h, team, edited.code)
        assert got is not None and (got.girls, got.boys) == (3, 2)
        assert engagement_by_code(h, team, extra.code) is not None
    with open_store(desks["a"]) as d:
        delete_engagement(d, extra.id, "AB")
    capsys.readouterr()
    assert _import(head, _export(desks["a"], tmp_path / "3.omrpkg", TEAM)) == 0
    assert f"borttagen familjeinsats {extra.code}" in capsys.readouterr().out
    with open_store(head, write=False) as h:
        assert engagement_by_code(h, team, extra.code) is None
        assert extra.id not in {e.id for e in list_engagements(h, [team])}


def add_engagements_one(s: Store, unit_id: int) -> Any:
    with s.transaction() as c:
        [e] = add_engagements(
            c, [draft(unit_id, "network", start=dt.date(2026, 6, 1))], s.device, now_iso()
        )
    return e


def _first(field: str, value: Any) -> Any:
    def mutate(header: dict[str, Any], body: dict[str, Any]) -> None:
        body["engagements"][0][field] = value

    return mutate


def _link(header: dict[str, Any], body: dict[str, Any]) -> None:
    linked = next(r for r in body["entries"] if "engagement" in r)
    linked["engagement"] = "NV-2026-999"


HOSTILE = {
    "identity number as a code": (_first("code", "198112189876"), "familjeinsats 1, fält code"),
    "count as text": (_first("girls", "2"), "familjeinsats 1, fält girls"),
    "flag as a number": (_first("consent", 1), "familjeinsats 1, fält consent"),
    "unknown code": (_first("source", "granne"), "familjeinsats 1, fält source"),
    "free text smuggled in": (_first("note", "Ring 070-123 45 67"), "fält note"),
    "not a team": (_first("unit", "Berga"), "familjeinsats 1, fält unit"),
    "revision zero": (_first("revision", 0), "familjeinsats 1, fält revision"),
    "engagements not a list": (lambda h, b: b.update(engagements={"a": 1}), "engagements"),
    "an entry naming an unknown engagement": (_link, "fält engagement"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_engagement_records_are_refused_and_change_nothing(
    case: str, desks: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mutate, named = HOSTILE[case]
    pkg = rewrite(_export(desks["a"], tmp_path / "a.omrpkg", TEAM), mutate)
    before = fingerprint(desks["head"])
    capsys.readouterr()
    assert _import(desks["head"], pkg) == 2
    err = capsys.readouterr().err
    assert "a.omrpkg" in err and named in err
    assert fingerprint(desks["head"]) == before


def test_the_same_code_from_two_desks_is_refused_naming_it(
    template_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dbs = {n: new_db(template_db, tmp_path / "dbs", n) for n in ("a", "b", "head")}
    for desk in ("a", "b"):
        with open_store(dbs[desk]) as s:
            add_engagements_one(s, unit_by_name(s, TEAM).id)  # type: ignore[union-attr]
    a = _export(dbs["a"], tmp_path / "a.omrpkg", TEAM)
    b = _export(dbs["b"], tmp_path / "b.omrpkg", TEAM)
    assert _import(dbs["head"], a) == 0
    before = fingerprint(dbs["head"])
    capsys.readouterr()
    assert _import(dbs["head"], b) == 2
    assert "NV-2026-001 har redan en annan familjeinsats" in capsys.readouterr().err
    assert fingerprint(dbs["head"]) == before
