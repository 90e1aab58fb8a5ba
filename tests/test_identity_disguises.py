"""The identity guard reads through disguises, on every path that stores text (SPEC §7)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from exchange_helpers import db_snapshot, entry, new_db, rewrite, snapshot
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from identity_disguises import identities, short_identities

from omradesapp.domain.entry import Entry, ValidationError
from omradesapp.domain.identity import IdentityError, check_free_text, find_identity
from omradesapp.exchange.importer import import_files
from omradesapp.exchange.refusal import FileRefused
from omradesapp.store import org, templates
from omradesapp.store.database import Store
from omradesapp.store.defaults import OrgError, check_org
from omradesapp.store.entries import add_entry
from omradesapp.store.opening import open_store

ON_A_STORE = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@settings(max_examples=500)
@given(identities())
def test_every_disguise_is_caught(text: str) -> None:
    assert find_identity(text) is not None, repr(text)
    with pytest.raises(IdentityError):
        check_free_text(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("1985-01-01-1236", "personnummer"),
        ("850101.1236", "personnummer"),
        ("850101/1236", "personnummer"),
        ("850101_1236", "personnummer"),
        ("850101:1236", "personnummer"),
        ("850101\n1236", "personnummer"),
        ("8501\u200b01-1236", "personnummer"),
        ("85\u00ad0101-1236", "personnummer"),
        ("\uff18\uff15\uff10\uff11\uff10\uff11-\uff11\uff12\uff13\uff16", "personnummer"),
        ("070\u2060-123 45 67", "phone"),
        ("\uff10\uff17\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17", "phone"),
        ("anna.a [at] example.se", "email"),
        ("anna (at) example.se", "email"),
        ("anna @ example.se", "email"),
        ("anna\uff20example.se", "email"),
    ],
)
def test_the_disguises_of_the_brief(text: str, kind: str) -> None:
    found = find_identity(text)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize(
    "note",
    [
        "2026-11-27",
        "kl 14.30",
        "3/4 barn",
        "möte 2026-11-27 kl 14.30, 3/4 barn kom",
        "period 2026-10-01-2026-10-31",
        "2026-10-01 – 2026-10-31",
        "möte @ biblioteket",
        "12 st, 4 vuxna och 8 barn",
        "kl 9.00-10.30 och 13:00-14:30",
    ],
)
def test_ordinary_notes_still_pass(note: str) -> None:
    assert find_identity(note) is None


@settings(max_examples=300)
@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
    st.integers(0, 200),
    st.sampled_from(["-", " - ", "–", "/", " till "]),
)
def test_date_ranges_pass(start: dt.date, days: int, sep: str) -> None:
    end = start + dt.timedelta(days=days)
    assert find_identity(f"{start}{sep}{end}") is None


# -- every path that stores text ------------------------------------------------


def _unit_id(store: Store) -> int:
    unit = org.unit_by_name(store, "Berga")
    assert unit is not None
    return unit.id


@ON_A_STORE
@given(identities())
def test_no_note_is_stored(store: Store, text: str) -> None:
    before = snapshot(store)
    with pytest.raises(ValidationError):
        add_entry(store, entry(store, day="2026-10-05", note=text), "AB")
    assert snapshot(store) == before


@ON_A_STORE
@given(short_identities())
def test_no_worker_is_stored(store: Store, text: str) -> None:
    with pytest.raises(ValidationError):
        org.save_worker(store, org.Worker(0, text, _unit_id(store), True), "AB")
    with pytest.raises(ValidationError):
        org.ensure_worker(store.conn, text, None)
    assert org.list_workers(store, include_inactive=True) == []


@ON_A_STORE
@given(short_identities())
def test_no_unit_is_stored(store: Store, text: str) -> None:
    before = org.list_units(store)
    with pytest.raises(ValidationError):
        org.save_unit(store, org.Unit(0, text, "team", None, None, 1.0, None, None), "AB")
    assert org.list_units(store) == before


@ON_A_STORE
@given(short_identities())
def test_no_label_is_stored(store: Store, text: str) -> None:
    with pytest.raises(ValidationError):
        org.set_label(store, "partners", "bvc", text, "AB")
    assert org.labels(store) == {}


@ON_A_STORE
@given(short_identities())
def test_no_template_is_stored(store: Store, text: str) -> None:
    template = templates.Template(0, text, "visit", {"unit_id": _unit_id(store), "adults": 1})
    with pytest.raises(ValidationError):
        templates.save_template(store, template, "AB")
    assert templates.list_templates(store) == []


@settings(max_examples=100)
@given(short_identities(), st.booleans())
def test_no_unit_or_target_name_in_an_org_file(text: str, as_target: bool) -> None:
    units = [{"name": "Norr", "kind": "team", "fte": 1}]
    targets = []
    if as_target:
        targets = [{"unit": text, "figure": "visits", "per_year": 1}]
    else:
        units.append({"name": text, "kind": "team", "fte": 1})
    with pytest.raises(OrgError):
        check_org({"units": units, "targets": targets})


def _csv(tmp_path: Path, column: str, text: str) -> Path:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(["kind", "date", "unit", column])
    writer.writerow(["visit", "2026-10-05", "Berga", text])
    path = tmp_path / "in.csv"
    path.write_text(out.getvalue(), "utf-8")
    return path


@ON_A_STORE
@given(st.sampled_from(["note", "worker"]), short_identities())
def test_no_csv_note_or_worker_is_stored(
    store: Store, tmp_path: Path, column: str, text: str
) -> None:
    before = snapshot(store)
    with pytest.raises(FileRefused):
        import_files(store, [_csv(tmp_path, column, text)], "AB")
    assert snapshot(store) == before


@pytest.fixture
def package(template_db: Path, tmp_path: Path) -> tuple[Path, Path]:
    desk = new_db(template_db, tmp_path, "desk")
    head = new_db(template_db, tmp_path, "head")
    with open_store(desk) as d:
        add_entry(d, entry(d, adults=2), "AB")
    from omradesapp.exchange.package_export import export_package

    pkg = tmp_path / "desk.omrpkg"
    with open_store(desk, write=False) as d:
        export_package(d, pkg, dt.date(2026, 10, 1), dt.date(2026, 10, 31), [], None)
    return head, pkg


@ON_A_STORE
@given(short_identities())
def test_no_package_worker_is_stored(package: tuple[Path, Path], text: str) -> None:
    head, pkg = package

    def disguise(header: dict[str, object], body: dict[str, list[dict[str, object]]]) -> None:
        body["entries"][0]["worker"] = text

    rewrite(pkg, disguise)
    before = db_snapshot(head)
    with open_store(head) as h, pytest.raises(FileRefused):
        import_files(h, [pkg], "AB")
    assert db_snapshot(head) == before


def test_a_clean_entry_is_still_stored(store: Store) -> None:
    saved = add_entry(store, Entry(date=dt.date(2026, 10, 5), unit_id=_unit_id(store),
                                   kind="visit", note="kl 14.30, 3/4 barn"), "AB")  # fmt: skip
    assert saved.note == "kl 14.30, 3/4 barn"


@ON_A_STORE
@given(short_identities())
def test_no_target_figure_is_stored(store: Store, text: str) -> None:
    with pytest.raises(ValueError, match="Okänt mått"):
        org.set_target(store, org.Target(_unit_id(store), 2026, text, 3.0), "AB")
    assert all(t.figure != text for t in org.list_targets(store))


@ON_A_STORE
@given(short_identities(), st.sampled_from(["actor", "file", "reason"]))
def test_no_audit_line_holds_an_identity(store: Store, text: str, where: str) -> None:
    from omradesapp.store.audit import read_audit, record

    before = read_audit(store)
    with pytest.raises(IdentityError), store.transaction() as c:
        if where == "actor":
            record(c, text, "import", None, {"file": "oktober.csv"})
        else:
            record(c, "AB", "import", None, {where: text})
    assert read_audit(store) == before


def test_ids_in_an_audit_line_are_not_taken_for_identities(store: Store) -> None:
    from omradesapp.store.audit import read_audit, record

    origin = "19850709-9805-4abc-8def-0123456789ab"  # hex that spells a personnummer
    with store.transaction() as c:
        record(c, "AB", "import", None, {"origin": origin, "file": "oktober.csv"})
    assert read_audit(store)[0].details["origin"] == origin


def test_every_format_character_is_taken_off() -> None:
    import sys
    import unicodedata

    from omradesapp.domain.identity import normalise

    missed = [
        f"U+{c:04X}"
        for c in range(sys.maxunicode + 1)
        if unicodedata.category(chr(c)) == "Cf" and normalise(f"a{chr(c)}b") != "ab"
    ]
    assert missed == []
