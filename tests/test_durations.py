"""Default durations per unit and kind: built-in Linköping values, set per unit, migrated in."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ui_support import configure, open_window

from omradesapp.store import org, schema
from omradesapp.store.audit import read_audit
from omradesapp.store.database import Store
from omradesapp.store.durations import default_minutes, set_default_minutes, unit_minutes
from omradesapp.store.opening import open_store

DATA = Path(__file__).parent / "data"


def test_built_in_defaults_then_the_units_own(store: Store) -> None:
    berga = org.unit_by_name(store, "Berga").id  # type: ignore[union-attr]
    ryd = org.unit_by_name(store, "Ryd").id  # type: ignore[union-attr]
    assert unit_minutes(store, berga) == {
        "visit": 15, "contact": 45, "group": 90, "meeting": 60, "time": 0,  # none: SPEC §4
    }  # fmt: skip
    set_default_minutes(store, berga, {"visit": 20, "group": 120}, "chef")
    assert default_minutes(store, berga, "visit") == 20
    assert default_minutes(store, berga, "group") == 120
    assert default_minutes(store, berga, "contact") == 45
    assert default_minutes(store, ryd, "visit") == 15  # another unit keeps its own
    assert read_audit(store)[0].action == "default_minutes"


@pytest.mark.parametrize(
    ("minutes", "message"),
    [({"visit": 1441}, "Standardtiden för spontant besök måste vara 0–1440"),
     ({"visit": -1}, "inte -1"), ({"walk": 10}, "Okänd typ av post")],
)  # fmt: skip
def test_bad_durations_are_refused_and_change_nothing(
    store: Store, minutes: dict[str, int], message: str
) -> None:
    berga = org.unit_by_name(store, "Berga").id  # type: ignore[union-attr]
    with pytest.raises(ValueError, match=message):
        set_default_minutes(store, berga, {"contact": 30, **minutes}, "chef")
    assert default_minutes(store, berga, "contact") == 45
    with pytest.raises(ValueError, match="Enheten finns inte"):
        set_default_minutes(store, 9999, {"visit": 10}, "chef")


def test_a_version_1_database_gains_the_table_with_its_data_kept(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path)
    conn.executescript((DATA / "schema_v1.sql").read_text("utf-8"))
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO units(id, name, kind, fte) VALUES (7, 'Gamla enheten', 'family_centre', 1)"
    )
    conn.commit()
    conn.close()
    with open_store(path, backup_dir=tmp_path / "backups") as store:
        assert store.schema_version == schema.SCHEMA_VERSION
        assert org.unit_by_name(store, "Gamla enheten") is not None
        assert default_minutes(store, 7, "meeting") == 60
        set_default_minutes(store, 7, {"meeting": 45}, "chef")
        assert default_minutes(store, 7, "meeting") == 45


def test_the_admin_page_sets_a_units_durations(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    configure(store)
    window = open_window(qtbot, store)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    page = window.admin.durations
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == "Valla")
    page.table.selectRow(row)
    assert page.minutes["group"].value() == 90
    page.minutes["group"].setValue(75)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    valla = org.unit_by_name(store, "Valla").id  # type: ignore[union-attr]
    assert default_minutes(store, valla, "group") == 75
    assert page.table.item(row, 3).text() == "75"
