"""Targets (SPEC §2): any figure, per year or per årsarbetare, holding from their first year."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from omradesapp.reports import sections, sections_detail
from omradesapp.reports.figures import compute
from omradesapp.reports.periods import comparisons
from omradesapp.store import schema
from omradesapp.store.database import Store
from omradesapp.store.defaults import OrgError, check_org, load_org
from omradesapp.store.opening import open_store
from omradesapp.store.org import Target, list_targets, set_fte, set_target, targets_in, unit_by_name

DATA = Path(__file__).parent / "data"
ORG = Path(__file__).resolve().parent.parent / "resources" / "org" / "linkoping.json"


def _id(store: Store, name: str) -> int:
    unit = unit_by_name(store, name)
    assert unit is not None
    return unit.id


def _clear_targets(store: Store) -> None:
    for t in list_targets(store):
        set_target(store, None, "test", remove=t)


def _target_rows(store: Store, start: dt.date, end: dt.date) -> dict[tuple[str, str], list[Any]]:
    report = compute(store, start, end)
    ctx = sections.Context(store, report, comparisons(store, report))
    section = sections_detail.targets(ctx)
    assert section.tables, section.text
    return {(row[0], row[1]): row for row in section.tables[0].rows}


def test_a_target_per_fte_gives_valla_half_of_bergas(store: Store) -> None:
    _clear_targets(store)
    for name in ("Berga", "Valla"):
        set_target(store, Target(_id(store, name), 2026, "persons_met", 288, per_fte=True), "t")
    rows = _target_rows(store, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert rows[("Berga", "Personer mötta enskilt")][2] == 288
    assert rows[("Valla", "Personer mötta enskilt")][2] == 144
    # The FTE of the year counts: Valla at 1,0 in 2027 gets the whole target.
    set_fte(store, _id(store, "Valla"), 2027, 1.0, "t")
    rows = _target_rows(store, dt.date(2027, 3, 1), dt.date(2027, 3, 31))
    assert rows[("Valla", "Personer mötta enskilt")][2] == 288


def test_a_target_set_for_2025_still_holds_in_2026_until_changed(store: Store) -> None:
    _clear_targets(store)
    team = _id(store, "Samordnat stöd och nätverksarbete")
    set_target(store, Target(team, 2025, "meetings_by_type.steering_group", 3), "t")
    rows = _target_rows(store, dt.date(2026, 5, 1), dt.date(2026, 5, 31))
    row = rows[("Samordnat stöd och nätverksarbete", "Samverkansmöten: Styrgrupp")]
    assert row[2] == 3 and "från 2025" in row[3]
    set_target(store, Target(team, 2027, "meetings_by_type.steering_group", 4), "t")
    assert [t.value for t in targets_in(store, 2026)] == [3]
    assert [t.value for t in targets_in(store, 2028)] == [4]
    assert targets_in(store, 2024) == []


def test_targets_take_any_figure_and_refuse_unknown_ones(store: Store) -> None:
    berga = _id(store, "Berga")
    set_target(store, Target(berga, 2026, "meetings_by_partner.bvc", 10), "t")
    before = list_targets(store)
    for bad in ("happiness", "meetings_by_type", "meetings_by_type.nope", "fte.x"):
        with pytest.raises(ValueError, match="Okänt mått"):
            set_target(store, Target(berga, 2026, bad, 1), "t")
    with pytest.raises(ValueError, match="0 eller mer"):
        set_target(store, Target(berga, 2026, "visits", -1), "t")
    assert list_targets(store) == before


def test_a_schema_1_target_becomes_a_per_year_target_from_its_year(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    conn = sqlite3.connect(path)
    conn.executescript((DATA / "schema_v2.sql").read_text("utf-8"))
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 2")
    conn.execute("INSERT INTO units(id, name, kind, fte) VALUES (1, 'Valla', 'family_centre', .5)")
    conn.execute("INSERT INTO targets VALUES (1, 2025, 'persons_met', 288)")
    conn.commit()
    conn.close()
    store = open_store(path, backup_dir=tmp_path / "backups")
    assert list_targets(store) == [Target(1, 2025, "persons_met", 288, per_fte=False)]
    assert targets_in(store, 2026)[0].for_fte(0.5) == 288
    store.close()


def test_linkopings_defaults_scale_persons_met_and_name_the_teams_contract() -> None:
    org = load_org(ORG) if _engagements_exist() else json.loads(ORG.read_text("utf-8"))
    targets = {(t["unit"], t["figure"]): t for t in org["targets"]}
    assert targets[("*family_centre", "persons_met")] == {
        "unit": "*family_centre",
        "figure": "persons_met",
        "per_fte": 288,
    }
    team = "Samordnat stöd och nätverksarbete"
    assert targets[(team, "engagements.started.coordinated")]["per_year"] == 30
    assert targets[(team, "engagements.started.network")]["per_year"] == 150
    assert targets[(team, "meetings_by_type.steering_group")]["per_year"] == 3
    assert not any(figure == "meetings_by_type.sip" for _, figure in targets)


def _engagements_exist() -> bool:
    from omradesapp.domain.report_figures import empty_figures

    return "engagements" in empty_figures()


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ({"unit": "Norr", "figure": "visits"}, "antingen per_year"),
        ({"unit": "Norr", "figure": "visits", "per_year": 1, "per_fte": 1}, "antingen per_year"),
        ({"unit": "Norr", "figure": "visits", "per_fte": -1}, "0 eller mer"),
        ({"unit": "Norr", "figure": "visits", "per_fte": 1, "from_year": "i år"}, "årtal"),
        ({"unit": "Norr", "figure": "visits", "per_fte": 1, "month": 3}, "okänt fält"),
    ],
)
def test_an_org_file_target_is_checked(target: dict[str, Any], words: str) -> None:
    org = {"units": [{"name": "Norr", "kind": "family_centre", "fte": 1}], "targets": [target]}
    with pytest.raises(OrgError, match=words):
        check_org(org)


def test_an_org_file_sets_targets_per_fte_from_a_year(tmp_path: Path) -> None:
    org = {
        "units": [
            {"name": "Norr", "kind": "family_centre", "fte": 1},
            {"name": "Syd", "kind": "family_centre", "fte": 0.5},
        ],
        "targets": [
            {"unit": "*family_centre", "figure": "persons_met", "per_fte": 100, "from_year": 2024}
        ],
    }
    file = tmp_path / "org.json"
    file.write_text(json.dumps(org), "utf-8")
    store = open_store(tmp_path / "new.db", org_file=file)
    rows = _target_rows(store, dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    assert rows[("Norr", "Personer mötta enskilt")][2] == 100
    assert rows[("Syd", "Personer mötta enskilt")][2] == 50
    store.close()
