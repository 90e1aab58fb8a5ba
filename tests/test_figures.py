"""Every figure of SPEC §8 from a hand-built fixture whose numbers are written out here."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from omradesapp.cli import main
from omradesapp.domain import codes
from omradesapp.domain.report_figures import empty_figures
from omradesapp.reports.figures import compute
from omradesapp.store.database import Store
from omradesapp.store.entries import EntryFilter, delete_entry, list_entries, update_entry
from omradesapp.store.org import unit_by_name

DATA = Path(__file__).parent / "data"
OCT_FROM, OCT_TO = dt.date(2026, 10, 1), dt.date(2026, 10, 31)


def expected(**given: object) -> dict:
    """All figures zero except those given; nested dicts are merged code by code."""
    fig = empty_figures()
    for key, value in given.items():
        if isinstance(value, dict):
            fig[key].update(value)
        else:
            fig[key] = value
    return fig


BERGA = expected(
    visits=2,
    visitors=4,  # 2 adults + 1 child, and a visit with no counts = 1 adult
    contacts=3,
    contacts_by_type={"advice": 1, "service": 1, "assistance": 1},
    contacts_by_form={"individual": 1, "phone": 1, "family": 1},
    persons_met=6,  # 1 + 1 + (2 + 2)
    groups=1,
    group_participants=13,
    groups_by_type={"parent_group": 1},
    evening_groups=1,
    evening_groups_by_type={"parent_group": 1},
    group_participants_by_type={"parent_group": 13},
    adults_by_kind={"visit": 3, "contact": 4, "group": 8},
    children_by_kind={"visit": 1, "contact": 2, "group": 5},
    meetings=1,
    meetings_by_type={"collab_group": 1},
    meetings_by_partner={"school": 1, "preschool": 1, "police": 1},
    entries_by_topic={"parenting": 1, "economy": 1, "letters": 1},
    referrals={"bvc": 1},
    minutes_by_category={"client": 190, "area": 255, "admin": 60, "other": 30},
    minutes_by_time_category={"admin": 60, "travel": 30, "area": 45},
    fte=1.0,
)
RYD = expected(
    contacts=1,
    contacts_by_type={"advice": 1},
    contacts_by_form={"couple": 1},
    persons_met=2,
    groups=1,
    group_participants=20,
    groups_by_type={"lecture": 1},
    group_participants_by_type={"lecture": 20},
    adults_by_kind={"contact": 2, "group": 20},
    meetings=2,
    meetings_by_type={"sip": 1, "safety_council": 1},
    meetings_by_partner={"bvc": 1, "school": 1, "police": 1},
    entries_by_topic={"relationship": 1},
    # The SIP meeting is client work (SPEC §9), the safety council and the lecture area work.
    minutes_by_category={"client": 120, "area": 180, "admin": 180, "other": 0},
    minutes_by_time_category={"apt": 60, "training": 120},
    fte=1.0,
)
TOTAL = expected(
    visits=2,
    visitors=4,
    contacts=4,
    contacts_by_type={"advice": 2, "service": 1, "assistance": 1},
    contacts_by_form={"individual": 1, "phone": 1, "family": 1, "couple": 1},
    persons_met=8,
    groups=2,
    group_participants=33,
    groups_by_type={"parent_group": 1, "lecture": 1},
    evening_groups=1,
    evening_groups_by_type={"parent_group": 1},
    group_participants_by_type={"parent_group": 13, "lecture": 20},
    adults_by_kind={"visit": 3, "contact": 6, "group": 28},
    children_by_kind={"visit": 1, "contact": 2, "group": 5},
    meetings=3,
    meetings_by_type={"collab_group": 1, "sip": 1, "safety_council": 1},
    meetings_by_partner={"school": 2, "preschool": 1, "police": 2, "bvc": 1},
    entries_by_topic={"parenting": 1, "economy": 1, "letters": 1, "relationship": 1},
    referrals={"bvc": 1},
    minutes_by_category={"client": 310, "area": 435, "admin": 240, "other": 30},
    minutes_by_time_category={"admin": 60, "travel": 30, "area": 45, "apt": 60, "training": 120},
    fte=2.0,
)
SPEC_KEYS = {
    "visits", "visitors", "contacts", "contacts_by_type", "contacts_by_form", "persons_met",
    "groups", "group_participants", "meetings", "meetings_by_type", "meetings_by_partner",
    "minutes_by_category", "fte",
}  # fmt: skip


def ids(store: Store, *names: str) -> list[int]:
    return [unit_by_name(store, n).id for n in names]  # type: ignore[union-attr]


def test_every_spec_key_is_present_with_every_code() -> None:
    fig = empty_figures()
    assert SPEC_KEYS <= set(fig)
    assert set(fig["contacts_by_form"]) == set(codes.FORMS.codes)
    assert set(fig["meetings_by_type"]) == set(codes.MEETING_TYPES.codes)
    assert set(fig["meetings_by_partner"]) == set(codes.PARTNERS.codes)
    assert set(fig["contacts_by_type"]) == {"advice", "service", "assistance"}
    assert set(fig["minutes_by_category"]) == {"client", "area", "admin", "other"}


def test_month_per_unit_and_total(october: Store) -> None:
    report = compute(october, OCT_FROM, OCT_TO, ids(october, "Berga", "Ryd"))
    assert report.units == {"Berga": BERGA, "Ryd": RYD}
    assert report.total == TOTAL
    js = report.to_json()
    assert js["schema"] == "omradesapp.report/2"
    assert (js["from"], js["to"], js["months"]) == ("2026-10-01", "2026-10-31", 1)


def test_all_units_lists_every_unit_with_its_fte(october: Store) -> None:
    report = compute(october, OCT_FROM, OCT_TO)
    assert len(report.units) == 11
    assert report.units["Valla"] == expected(fte=0.5)
    assert report.units["Samordnat stöd och nätverksarbete"]["fte"] == 4.0
    assert report.total["fte"] == 13.5  # 7 x 1.0 + 0.5 + 2 x 1.0 + 4.0
    assert report.total["persons_met"] == 8


def test_part_months_are_counted_from_entries(october: Store) -> None:
    """A period from 30 September to 2 November: one whole month and two part months."""
    report = compute(october, dt.date(2026, 9, 30), dt.date(2026, 11, 2), ids(october, "Ryd"))
    assert report.months == ["2026-09", "2026-10", "2026-11"]
    assert report.total["visits"] == 1
    assert report.total["contacts"] == 1
    all_units = compute(october, dt.date(2026, 9, 30), dt.date(2026, 11, 2))
    assert all_units.total["visits"] == 3
    assert all_units.total["contacts"] == 5  # four in October, one on 2 November
    only_part = compute(october, dt.date(2026, 10, 5), dt.date(2026, 10, 9), ids(october, "Berga"))
    assert only_part.total["contacts"] == 2
    assert only_part.total["minutes_by_category"] == {
        "client": 105,
        "area": 210,
        "admin": 60,
        "other": 30,
    }


def test_worker_filter(october: Store) -> None:
    from omradesapp.store.org import worker_by_name

    cd = worker_by_name(october, "CD")
    assert cd is not None
    report = compute(october, OCT_FROM, OCT_TO, (), cd.id, "CD")
    assert list(report.units) == ["Ryd"]
    assert report.units["Ryd"] == RYD
    assert report.to_json()["worker"] == "CD"


def test_edits_and_deletes_change_the_figures(october: Store) -> None:
    rows = list_entries(october, EntryFilter(kind="meeting", unit_ids=tuple(ids(october, "Ryd"))))
    sip = next(s.entry for _, s in rows if s.entry.meeting_type == "sip")
    update_entry(october, sip.with_changes(partners=("bvc", "police", "bup")), "test")
    safety = next(s.entry for _, s in rows if s.entry.meeting_type == "safety_council")
    delete_entry(october, safety.id, "test")
    report = compute(october, OCT_FROM, OCT_TO, ids(october, "Ryd"))
    fig = report.units["Ryd"]
    assert fig["meetings"] == 1
    assert fig["meetings_by_type"]["safety_council"] == 0
    assert {k: v for k, v in fig["meetings_by_partner"].items() if v} == {
        "bvc": 1,
        "police": 1,
        "bup": 1,
    }
    assert fig["minutes_by_category"]["area"] == 60  # the lecture; the SIP is client work
    assert fig["minutes_by_category"]["client"] == 120


def test_cli_json_report(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "import", str(DATA / "october.csv")]) == 0
    capsys.readouterr()
    args = ["--db", str(db_path), "report", "--month", "2026-10", "--unit", "Berga"]
    assert main([*args, "--unit", "ryd", "--format", "json", "--out", "-"]) == 0
    js = json.loads(capsys.readouterr().out)
    assert js["units"] == {"Berga": BERGA, "Ryd": RYD}
    assert js["total"] == TOTAL
    assert js["months"] == 1
    out = db_path.parent / "r.json"
    args = ["--db", str(db_path), "report", "--from", "2026-09-01", "--to", "2027-01-31"]
    assert main([*args, "--format", "json", "--out", str(out)]) == 0
    js = json.loads(out.read_text("utf-8"))
    assert js["months"] == 5
    assert js["total"]["visits"] == 3
    assert js["total"]["contacts"] == 5
