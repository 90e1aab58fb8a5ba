"""The municipality's own codes and retired codes (SPEC §2): from the admin pages or the
--org file, through validation, forms, packages and reports."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from exchange_helpers import db_snapshot, entry, new_db

from omradesapp import cli
from omradesapp.domain import codes
from omradesapp.domain.codebook import make_key
from omradesapp.domain.entry import Entry, ValidationError
from omradesapp.reports import sections, sections_detail
from omradesapp.reports.figures import compute
from omradesapp.reports.periods import comparisons
from omradesapp.store.codebook import add_code, code_book, set_retired
from omradesapp.store.database import Store
from omradesapp.store.entries import add_entry
from omradesapp.store.opening import open_store
from omradesapp.store.org import Target, set_target, unit_by_name


def _export(db: Path, out: Path) -> Path:
    args = ["--db", str(db), "export", "--from", "2026-01-01", "--to", "2026-12-31"]
    assert cli.main([*args, "--out", str(out)]) == 0
    return out


def test_keys_are_made_from_labels_lower_case_ascii_and_unique() -> None:
    assert make_key("Nätverkslaget", []) == "natverkslaget"
    assert make_key("Föräldraråd", ["foraldrarad"]) == "foraldrarad_2"
    assert make_key("2 + 2 = Öppet hus", []) == "k_2_2_oppet_hus"


def test_an_added_code_is_valid_counted_and_in_every_by_object(store: Store) -> None:
    with pytest.raises(ValidationError, match="Okänd kod"):
        add_entry(store, entry(store, kind="meeting", meeting_type="parents_council"), "AB")
    code = add_code(store, "meeting_type", "Föräldraråd", "AB", split="client")
    assert code.code == "foraldrarad"
    partner = add_code(store, "partners", "Nätverkslaget", "AB", key="network_team")
    add_entry(
        store,
        entry(
            store, kind="meeting", meeting_type="foraldrarad", partners=("network_team",),
            minutes=60,
        ),
        "AB",
    )  # fmt: skip
    add_entry(store, entry(store, kind="visit", referral=(partner.code,)), "AB")
    report = compute(store, dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    total = report.total
    assert total["meetings_by_type"]["foraldrarad"] == 1
    assert total["meetings_by_partner"]["network_team"] == 1
    assert total["referrals"]["network_team"] == 1
    assert report.units["Ryd"]["meetings_by_type"]["foraldrarad"] == 0  # zero where none
    # The own meeting type names its time-split category: client work, not area work.
    assert total["minutes_by_category"]["client"] >= 60
    assert total["minutes_by_category"]["area"] == 0
    # Reports name it by its label, and a target can be set for it.
    ctx = sections.Context(store, report, comparisons(store, report))
    assert sections_detail.figure_name(ctx, "meetings_by_type.foraldrarad") == (
        "Samverkansmöten: Föräldraråd"
    )
    berga = unit_by_name(store, "Berga")
    assert berga is not None
    set_target(store, Target(berga.id, 2026, "meetings_by_partner.network_team", 5), "AB")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("kind", "Hembesök", None, None), "kan inte få egna koder"),
        (("topics", "Ekonomi", None, None), "finns redan en kod med etiketten Ekonomi"),
        (("topics", "Skuldrådgivning", "Skuld", None), "små bokstäver"),
        (("topics", "Skuldrådgivning", "economy", None), "finns redan"),
        (("meeting_type", "Föräldraråd", None, None), "kategori i tidsfördelningen"),
        (("meeting_type", "Föräldraråd", None, "admin"), "kategori i tidsfördelningen"),
        (("topics", "Skulder", None, "client"), "ingen egen kategori"),
        (("partners", "Ring 070-123 45 67", None, None), "telefonnummer"),
    ],
)
def test_a_bad_code_is_refused_and_changes_nothing(
    db_path: Path, args: tuple[str, str, str | None, str | None], words: str
) -> None:
    before = db_snapshot(db_path)
    with open_store(db_path) as store:
        list_name, label, key, split = args
        with pytest.raises(ValueError, match=words):
            add_code(store, list_name, label, "AB", key=key, split=split)
        assert code_book(store).added == ()
    assert db_snapshot(db_path) == before


def test_a_retired_code_leaves_the_forms_but_stays_in_an_old_months_report(
    qtbot,
    store: Store,  # type: ignore[no-untyped-def]
) -> None:
    from omradesapp.ui.desk import Desk
    from omradesapp.ui.entry_form import EntryForm

    add_entry(store, entry(store, kind="meeting", meeting_type="crisis_group", day="2026-03-10"),
              "AB")  # fmt: skip
    set_retired(store, "meeting_type", "crisis_group", True, "AB")
    desk = Desk(store)
    assert "crisis_group" not in dict(desk.items(codes.MEETING_TYPES))
    assert "crisis_group" in dict(desk.items(codes.MEETING_TYPES, retired_too=True))
    form = EntryForm(desk)
    qtbot.addWidget(form)
    form.start("meeting")  # a kind's code lists are filled when it is shown
    combo = form.singles["meeting_type"]
    assert combo.findData("crisis_group") < 0 and combo.findData("sip") >= 0
    report = compute(store, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert report.total["meetings_by_type"]["crisis_group"] == 1
    ctx = sections.Context(store, report, comparisons(store, report))
    table = sections_detail.meetings(ctx).tables[0]
    assert ["Krisgrupp", 1, 100.0] in table.rows
    # The old entry is still valid, and can be corrected with its code kept.
    add_entry(store, entry(store, kind="meeting", meeting_type="crisis_group", day="2026-03-11"),
              "AB")  # fmt: skip
    set_retired(store, "meeting_type", "crisis_group", False, "AB")
    assert "crisis_group" in code_book(store).active(codes.MEETING_TYPES)


def test_a_code_added_at_a_desk_arrives_at_the_head_and_counts_in_its_report(
    template_db: Path, tmp_path: Path
) -> None:
    desk, head = (new_db(template_db, tmp_path / "dbs", n) for n in ("desk", "head"))
    with open_store(desk) as store:
        add_code(store, "partners", "Nätverkslaget", "AB")
        add_code(store, "group_type", "Föräldraråd", "AB")
        add_entry(store, entry(store, kind="meeting", meeting_type="sip",
                               partners=("natverkslaget", "bvc")), "AB")  # fmt: skip
        add_entry(store, entry(store, kind="group", group_type="foraldrarad", adults=4), "AB")
    package = _export(desk, tmp_path / "desk.omrpkg")
    with open_store(head) as store:  # the head names one of them otherwise already
        add_code(store, "group_type", "Föräldrarådet", "CD", key="foraldrarad")
    assert cli.main(["--db", str(head), "import", str(package)]) == 0
    with open_store(head, write=False) as store:
        book = code_book(store)
        assert book.code_list(codes.PARTNERS).label("natverkslaget") == "Nätverkslaget"
        assert book.code_list(codes.GROUP_TYPES).label("foraldrarad") == "Föräldrarådet"
        report = compute(store, dt.date(2026, 10, 1), dt.date(2026, 10, 31))
        assert report.total["meetings_by_partner"]["natverkslaget"] == 1
        assert report.units["Berga"]["groups_by_type"]["foraldrarad"] == 1
        assert report.units["Ryd"]["meetings_by_partner"]["natverkslaget"] == 0


def test_the_import_result_lists_a_clash_and_keeps_the_heads_label(
    template_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk, head = (new_db(template_db, tmp_path / "dbs", n) for n in ("desk", "head"))
    with open_store(desk) as store:
        add_code(store, "topics", "Skulder", "AB", key="debt")
        add_entry(store, entry(store, kind="visit", topics=("debt",)), "AB")
    with open_store(head) as store:
        add_code(store, "topics", "Skuldsanering", "CD", key="debt")
    assert cli.main(["--db", str(head), "import", str(_export(desk, tmp_path / "p.omrpkg"))]) == 0
    out = capsys.readouterr().out
    assert "KODKONFLIKT" in out and "Skuldsanering" in out and "Skulder" in out
    with open_store(head, write=False) as store:
        assert code_book(store).code_list(codes.TOPICS).label("debt") == "Skuldsanering"


def test_a_package_code_with_an_identity_is_refused_and_changes_nothing(
    template_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from exchange_helpers import rewrite

    desk, head = (new_db(template_db, tmp_path / "dbs", n) for n in ("desk", "head"))
    with open_store(desk) as store:
        add_code(store, "topics", "Skulder", "AB", key="debt")
        add_entry(store, entry(store, kind="visit", topics=("debt",)), "AB")
    package = _export(desk, tmp_path / "p.omrpkg")

    def forge(header: dict, body: dict) -> None:  # type: ignore[type-arg]
        body["codes"][0]["label"] = "Anna 19121212-1212"

    rewrite(package, forge)
    before = db_snapshot(head)
    assert cli.main(["--db", str(head), "import", str(package)]) == 2
    assert "paketets kod 1: Etiketten innehåller" in capsys.readouterr().err
    assert db_snapshot(head) == before


def test_an_org_file_adds_and_retires_codes(tmp_path: Path) -> None:
    org = {
        "units": [{"name": "Norr", "kind": "team", "fte": 2}],
        "codes": [
            {"list": "partners", "label": "Nätverkslaget"},
            {"list": "category", "label": "Handledning", "key": "supervision", "split": "admin"},
        ],
        "retired": [{"list": "topics", "code": "letters"}],
        "targets": [{"unit": "Norr", "figure": "meetings_by_partner.natverkslaget", "per_year": 9}],
    }
    file = tmp_path / "org.json"
    file.write_text(json.dumps(org), "utf-8")
    with open_store(tmp_path / "new.db", org_file=file) as store:
        book = code_book(store)
        assert "natverkslaget" in book.active(codes.PARTNERS)
        assert "natverkslaget" in book.active(codes.REFERRALS)
        assert "letters" not in book.active(codes.TOPICS)
        norr = unit_by_name(store, "Norr")
        assert norr is not None
        add_entry(store, Entry(kind="time", date=dt.date(2026, 2, 2), unit_id=norr.id,
                               category="supervision", minutes=90), "AB")  # fmt: skip
        report = compute(store, dt.date(2026, 2, 1), dt.date(2026, 2, 28))
        assert report.total["minutes_by_category"]["admin"] == 90
        assert report.total["minutes_by_time_category"]["supervision"] == 90
    bad = {**org, "codes": [{"list": "meeting_type", "label": "Föräldraråd"}]}
    file.write_text(json.dumps(bad), "utf-8")
    assert cli.main(["--db", str(tmp_path / "bad.db"), "--org", str(file), "check"]) == 2
    assert not (tmp_path / "bad.db").exists()
