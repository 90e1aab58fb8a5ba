"""Report JSON schema 2: `by_month` holds, for each month, the same figures as that month's
own report; a period report without an end ends with the last whole month."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from omradesapp.cli import main
from omradesapp.exchange.csv_import import import_csv
from omradesapp.reports.figures import compute
from omradesapp.reports.periods import last_whole_month_end
from omradesapp.store.database import Store
from omradesapp.store.org import set_fte, unit_by_name, worker_by_name
from omradesapp.store.tallies import month_bounds

DATA = Path(__file__).parent / "data"


@pytest.fixture
def autumn(october: Store, tmp_path: Path) -> Store:
    """October's fixture plus a few entries in August and December, and Valla's FTE changed
    for 2026, so that months differ in figures and in FTE."""
    path = tmp_path / "more.csv"
    path.write_text(
        "kind;date;unit;worker;adults;children;contact_type;group_type;evening\n"
        "contact;2026-08-03;Ryd;CD;2;1;advice;;\n"
        "group;2026-08-20;Valla;EF;5;4;;young_mothers;1\n"
        "visit;2026-12-01;Berga;AB;1;0;;;\n",
        "utf-8",
    )
    import_csv(october, path, "test")
    valla = unit_by_name(october, "Valla")
    assert valla is not None
    set_fte(october, valla.id, 2026, 0.75, "test")
    return october


@pytest.mark.parametrize("selection", ["all", "two units", "worker"])
def test_by_month_equals_one_report_per_month(autumn: Store, selection: str) -> None:
    unit_ids: list[int] = []
    worker_id = None
    if selection == "two units":
        unit_ids = [u.id for u in (unit_by_name(autumn, n) for n in ("Ryd", "Valla")) if u]
    if selection == "worker":
        worker = worker_by_name(autumn, "CD")
        assert worker is not None
        worker_id = worker.id
    period = compute(autumn, dt.date(2026, 7, 1), dt.date(2026, 12, 31), unit_ids, worker_id)
    js = json.loads(json.dumps(period.to_json()))  # as the JSON file has it
    assert js["schema"] == "omradesapp.report/2"
    assert list(js["by_month"]) == ["2026-07", "2026-08", "2026-09", "2026-10", "2026-11",
                                    "2026-12"]  # fmt: skip
    for month, figures in js["by_month"].items():
        alone = compute(autumn, *month_bounds(month), unit_ids, worker_id)
        assert figures == alone.total, month  # every figure, nested ones included
    assert sum(m["persons_met"] for m in js["by_month"].values()) == js["total"]["persons_met"]


def test_by_month_counts_the_figures_it_should(autumn: Store) -> None:
    js = compute(autumn, dt.date(2026, 8, 1), dt.date(2026, 10, 31)).to_json()
    august = js["by_month"]["2026-08"]
    assert august["persons_met"] == 3 and august["group_participants"] == 9
    assert august["evening_groups_by_type"]["young_mothers"] == 1
    assert august["adults_by_kind"]["group"] == 5 and august["children_by_kind"]["group"] == 4
    assert august["fte"] == 13.75  # Valla 0,75 instead of 0,5
    assert js["by_month"]["2026-10"]["persons_met"] == 8


def test_last_whole_month_end() -> None:
    assert last_whole_month_end(dt.date(2026, 11, 15)) == dt.date(2026, 10, 31)
    assert last_whole_month_end(dt.date(2026, 3, 1)) == dt.date(2026, 2, 28)
    assert last_whole_month_end(dt.date(2026, 1, 31)) == dt.date(2025, 12, 31)


def test_cli_from_without_to_ends_with_the_last_whole_month(
    october: Store, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    october.close()
    args = ["--db", str(db_path), "report", "--from", "2026-01-01", "--format", "json"]
    assert main([*args, "--out", "-"]) == 0
    js = json.loads(capsys.readouterr().out)
    assert js["to"] == last_whole_month_end(dt.date.today()).isoformat()
    assert js["from"] == "2026-01-01"
