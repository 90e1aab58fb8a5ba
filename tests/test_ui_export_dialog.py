"""The export dialog names the file after whose it is, and every export is audited."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from exchange_helpers import entry
from PySide6.QtCore import Qt
from ui_support import configure

from omradesapp.store.audit import read_audit
from omradesapp.store.database import Store
from omradesapp.store.entries import add_entry
from omradesapp.store.org import unit_by_name
from omradesapp.ui.export_dialog import ExportDialog


def _dialog(qtbot, store: Store) -> ExportDialog:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(store, actor="AB")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date_from.set_date(dt.date(2026, 10, 1))
    dialog.date_to.set_date(dt.date(2026, 10, 31))
    return dialog


def test_the_default_file_name_says_whose_it_is(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    configure(store)  # this desk: AB at Berga
    dialog = _dialog(qtbot, store)
    assert Path(dialog.path.text()) == Path.home() / (
        "omradesapp-Berga-AB-2026-10-01-2026-10-31.omrpkg"
    )
    skaggetorp = unit_by_name(store, "Skäggetorp").id  # type: ignore[union-attr]
    dialog.units.set_checked([str(skaggetorp)])
    assert Path(dialog.path.text()).name == "omradesapp-Skaggetorp-AB-2026-10-01-2026-10-31.omrpkg"
    dialog.path.setText("/tmp/mitt-namn.omrpkg")  # a path of the user's own stays
    dialog.date_to.set_date(dt.date(2026, 10, 30))
    assert dialog.path.text() == "/tmp/mitt-namn.omrpkg"


def test_an_export_is_audited_by_file_name_period_units_and_count(
    qtbot, store: Store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    configure(store)
    add_entry(store, entry(store, day="2026-10-05"), "AB")
    dialog = _dialog(qtbot, store)
    berga = unit_by_name(store, "Berga").id  # type: ignore[union-attr]
    dialog.units.set_checked([str(berga)])
    dialog.path.setText(str(tmp_path / dialog.path.text().rsplit("/", 1)[-1]))
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    line = read_audit(store, 1)[0]
    assert (line.action, line.actor) == ("export", "AB")
    assert line.details == {
        "file": "omradesapp-Berga-AB-2026-10-01-2026-10-31.omrpkg",
        "period": "2026-10-01–2026-10-31",
        "unit_ids": [berga],
        "entries": 1,
        "tombstones": 0,
    }


def test_a_file_name_holding_an_identity_is_refused(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, store)
    before = read_audit(store)
    out = tmp_path / "850709-9805.omrpkg"
    dialog.path.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "personnummer" in dialog.error.text()
    assert not out.exists() and read_audit(store) == before and dialog.isVisible()
