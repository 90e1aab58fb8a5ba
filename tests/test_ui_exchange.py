"""The exchange dialogs and the audit view, driven as a user would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from exchange_helpers import db_snapshot, entry, new_db, snapshot, split
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication

from omradesapp import cli
from omradesapp.store import backup
from omradesapp.store.audit import record
from omradesapp.store.database import Store
from omradesapp.store.entries import add_entry, delete_entry, get_entry, update_entry
from omradesapp.store.months import closed_units
from omradesapp.store.opening import open_store
from omradesapp.store.org import unit_by_name
from omradesapp.ui.audit_view import AuditView
from omradesapp.ui.export_dialog import ExportDialog
from omradesapp.ui.import_dialog import ImportDialog
from omradesapp.ui.month_dialog import MonthDialog
from omradesapp.ui.restore_offer import RestoreDialog, offer_restore


def _rows(model) -> list[tuple[str, ...]]:  # noqa: ANN001
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


@pytest.fixture
def desk_and_package(template_db: Path, tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    """A head that imported a desk's package; then the desk added, edited and deleted."""
    desk = new_db(template_db, tmp_path, "desk")
    head = new_db(template_db, tmp_path, "head")
    with open_store(desk) as d:
        edited = add_entry(d, entry(d, adults=1), "ab")
        gone = add_entry(d, entry(d, kind="group", group_type="parent_group", adults=6), "ab")
        both = add_entry(d, entry(d, unit="Ryd", adults=1), "ab")
    first = tmp_path / "first.omrpkg"
    args = ["--db", str(desk), "export", "--from", "2026-10-01", "--to", "2026-10-31"]
    assert cli.main([*args, "--out", str(first)]) == 0
    assert cli.main(["--db", str(head), "import", str(first)]) == 0
    with open_store(head) as h:
        update_entry(h, both.with_changes(adults=4), "chef")
    with open_store(desk) as d:
        new = add_entry(d, entry(d, kind="meeting", meeting_type="sip", partners=("bvc",)), "ab")
        update_entry(d, edited.with_changes(adults=2), "ab")
        delete_entry(d, gone.id, "ab")
        update_entry(d, both.with_changes(adults=3), "ab")
    pkg = tmp_path / "second.omrpkg"
    assert cli.main([*args, "--out", str(pkg)]) == 0
    ids = {"new": new.id, "edited": edited.id, "gone": gone.id, "both": both.id}
    return head, pkg, ids


def test_import_preview_shows_every_change_before_anything_changes(
    qtbot, desk_and_package: tuple[Path, Path, dict[str, str]]
) -> None:
    head, pkg, ids = desk_and_package
    before = db_snapshot(head)
    with open_store(head) as h:
        dialog = ImportDialog(h, "chef")
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.set_files([pkg])
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
        summary = dialog.summary.text()
        assert "Added: 1, updated: 1, deleted: 1, unchanged: 0, in conflict: 1" in summary
        rows = _rows(dialog.model)
        changes = [r[0] for r in rows]
        assert changes == ["Added", "Updated", "Deleted", "Conflict: here", "Conflict: package"]
        assert "adults: 1 → 2" in rows[1][4]
        assert "adults 4" in rows[3][4] and "adults 3" in rows[4][4]  # both versions shown
        assert snapshot(h) == before  # nothing changed by the preview
        with qtbot.waitSignal(dialog.imported, timeout=10_000):
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert get_entry(h, ids["new"]).entry.meeting_type == "sip"
        assert get_entry(h, ids["edited"]).entry.adults == 2
        assert get_entry(h, ids["gone"], include_deleted=True).deleted_at is not None
        assert get_entry(h, ids["both"]).entry.adults == 4  # conflict: the head's stays
        assert dialog.outcome() == "Imported: 1 added, 1 updated, 1 deleted, 1 in conflict."


def test_import_preview_can_take_the_package_version_of_a_conflict(
    qtbot, desk_and_package: tuple[Path, Path, dict[str, str]]
) -> None:
    head, pkg, ids = desk_and_package
    with open_store(head) as h:
        dialog = ImportDialog(h, "chef")
        qtbot.addWidget(dialog)
        dialog.set_files([pkg])
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
        qtbot.mouseClick(dialog.take_package, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
        assert "package's version taken" in _rows(dialog.model)[3][4]
        with qtbot.waitSignal(dialog.imported, timeout=10_000):
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert get_entry(h, ids["both"]).entry.adults == 3


def test_import_dialog_names_a_refused_file_and_changes_nothing(
    qtbot, desk_and_package: tuple[Path, Path, dict[str, str]]
) -> None:
    head, pkg, _ = desk_and_package
    pkg.write_bytes(pkg.read_bytes()[:-100])
    before = db_snapshot(head)
    with open_store(head) as h:
        dialog = ImportDialog(h, "chef")
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.set_files([pkg])
        qtbot.waitUntil(lambda: not dialog.busy(), timeout=10_000)
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
        assert pkg.name in dialog.error.text() and "avkortat" in dialog.error.text()
        assert not dialog.import_button.isEnabled()
        assert snapshot(h) == before


def test_audit_view_shows_who_did_what_and_pages_lazily(qtbot, store: Store) -> None:
    e = add_entry(store, entry(store), "ab")
    update_entry(store, e.with_changes(adults=2), "cd")
    delete_entry(store, e.id, "ef")
    view = AuditView(store)
    qtbot.addWidget(view)
    view.show()
    top = [tuple(view.model.index(r, c).data() for c in range(5)) for r in range(3)]
    assert [(r[1], r[2]) for r in top] == [("ef", "Deleted"), ("cd", "Edited"), ("ab", "Created")]
    assert top[1][3] == e.id[-8:] and "adults: 1 → 2" in top[1][4]
    with store.transaction() as c:
        for i in range(450):
            record(c, "bulk", "close_month", None, {"month": f"2020-{i % 12 + 1:02d}"})
    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == view.model.PAGE
    assert view.model.index(0, 2).data() == "Month closed"
    view.model.fetchMore(QModelIndex())
    assert view.model.rowCount() == 2 * view.model.PAGE
    assert len(_rows(view.model)) == 453


def test_export_dialog_writes_a_package(qtbot, store: Store, tmp_path: Path) -> None:
    add_entry(store, entry(store, day="2026-10-05"), "ab")
    add_entry(store, entry(store, unit="Ryd", day="2026-10-06"), "ab")
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # a click gives the focus only in the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    for field, typed in ((dialog.date_from, "2026-10-01"), (dialog.date_to, "20261031")):
        dialog.path.setFocus()
        qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)  # selects all: typing replaces
        qtbot.keyClicks(field.edit, typed)
    ryd = unit_by_name(store, "Ryd").id  # type: ignore[union-attr]
    dialog.units.set_checked([str(ryd)])
    out = tmp_path / "ryd.omrpkg"
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(out))
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    _, body = split(out)
    assert [e["unit"] for e in body["entries"]] == ["Ryd"]


def test_export_dialog_refuses_an_upside_down_period(qtbot, store: Store) -> None:
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date_from.set_date(dt.date(2026, 10, 31))
    dialog.date_to.set_date(dt.date(2026, 10, 1))
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, "x.omrpkg")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "before" in dialog.error.text()


def test_export_dialog_names_a_date_that_is_no_date(qtbot, store: Store, tmp_path: Path) -> None:
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.mouseClick(dialog.date_to.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.date_to.edit, "2026-10-32")
    qtbot.keyClicks(dialog.path, str(tmp_path / "x.omrpkg"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "2026-10-32" in dialog.error.text()
    assert not (tmp_path / "x.omrpkg").exists()


def test_month_dialog_closes_and_reopens_with_a_reason(qtbot, store: Store) -> None:
    dialog = MonthDialog(store, "chef")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_month("2026-10")
    berga = unit_by_name(store, "Berga").id  # type: ignore[union-attr]
    dialog.units.set_checked([str(berga)])
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert closed_units(store, "2026-10") == {berga}
    assert any("Berga (closed)" == dialog.units.item(i).text() for i in range(dialog.units.count()))
    with pytest.raises(Exception, match="avslutad"):
        add_entry(store, entry(store), "ab")
    dialog.units.set_checked([str(berga)])
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and closed_units(store, "2026-10") == {berga}
    qtbot.keyClicks(dialog.reason, "Ring 070-123 45 67")
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    assert closed_units(store, "2026-10") == {berga}  # identity guard on the reason
    dialog.reason.clear()
    qtbot.keyClicks(dialog.reason, "Late correction")
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    assert closed_units(store, "2026-10") == set()
    add_entry(store, entry(store), "ab")


def test_restore_dialog_puts_a_backup_back(qtbot, db_path: Path, tmp_path: Path) -> None:
    with open_store(db_path) as s:
        add_entry(s, entry(s), "ab")
        backup.maybe_backup(s, db_path.parent / "backups", now=dt.datetime(2026, 11, 1, 9))
    db_path.write_bytes(b"garbage" * 1000)
    dialog = RestoreDialog(db_path, backup.list_backups(db_path.parent / "backups"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "omradesapp-auto-20261101-090000.db" in dialog.list.item(0).text()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    with open_store(db_path) as s:
        assert s.conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 1
    assert dialog.aside is not None and dialog.aside.read_bytes().startswith(b"garbage")


def test_offer_restore_asks_only_for_a_damaged_file(qtbot, db_path: Path) -> None:
    with open_store(db_path) as s:
        add_entry(s, entry(s), "ab")
        backup.maybe_backup(s, db_path.parent / "backups")
    assert offer_restore(None, db_path) is False  # sound: nothing to ask
    db_path.write_bytes(b"\x00garbage" * 2000)
    seen: list[str] = []

    def click_restore() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RestoreDialog)
        qtbot.addWidget(dialog)
        seen.append(dialog.list.item(0).text())
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click_restore)
    assert offer_restore(None, db_path) is True
    assert seen and "omradesapp-auto-" in seen[0]
    with open_store(db_path) as s:
        assert s.conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 1


def test_import_dialog_refuses_a_package_into_a_closed_month(
    qtbot, desk_and_package: tuple[Path, Path, dict[str, str]]
) -> None:
    head, pkg, _ = desk_and_package
    assert cli.main(["--db", str(head), "close-month", "2026-10", "--unit", "Berga"]) == 0
    before = db_snapshot(head)
    with open_store(head) as h:
        dialog = ImportDialog(h, "chef")
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.set_files([pkg])
        qtbot.waitUntil(lambda: dialog.error.isVisible() and not dialog.busy(), timeout=10_000)
        assert "avslutad" in dialog.error.text() and pkg.name in dialog.error.text()
        assert not dialog.import_button.isEnabled()
    assert db_snapshot(head) == before


def test_audit_view_shows_month_closing_and_reopening_with_units_and_reason(
    qtbot, store: Store
) -> None:
    from omradesapp.store.months import close_month, reopen_month

    berga = unit_by_name(store, "Berga").id  # type: ignore[union-attr]
    close_month(store, "2026-10", [berga], "chef")
    reopen_month(store, "2026-10", [berga], "chef", "Late correction")
    view = AuditView(store)
    qtbot.addWidget(view)
    rows = _rows(view.model)
    assert rows[0][1:3] == ("chef", "Month reopened") and rows[1][2] == "Month closed"
    assert "units: Berga" in rows[0][4] and "reason: Late correction" in rows[0][4]


def test_audit_view_shows_changes_in_words(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from omradesapp.domain.entry import Entry
    from omradesapp.store.entries import add_entry, update_entry
    from omradesapp.store.org import unit_by_name
    from omradesapp.ui.audit_view import AuditView

    unit = unit_by_name(store, "Berga")
    assert unit is not None
    e = add_entry(
        store, Entry("contact", dt.date(2026, 3, 2), unit.id, contact_type="advice"), "AB"
    )
    update_entry(
        store, e.with_changes(contact_type="assistance", topics=("parenting", "economy")), "AB"
    )
    view = AuditView(store)
    qtbot.addWidget(view)
    details = view.model.index(0, 4).data()
    assert "Rådgivning → Bistånd" in details
    assert "– → Föräldraskap, Ekonomi" in details
    assert "None" not in details and "(" not in details
