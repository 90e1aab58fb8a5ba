"""The import dialog shows how far the reading of a CSV file has come."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from omradesapp.store.database import Store
from omradesapp.ui.import_dialog import ImportDialog

HEADER = "kind;date;unit;worker;adults"


def test_a_progress_bar_follows_the_reading_and_goes_away(  # type: ignore[no-untyped-def]
    qtbot, store: Store, tmp_path: Path
) -> None:
    f = tmp_path / "many.csv"
    body = "\n".join(f"visit;2026-03-{1 + i % 28:02d};Berga;AB;1" for i in range(12_000))
    f.write_text(f"{HEADER}\n{body}\n", "utf-8")
    dialog = ImportDialog(store, "chef")
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[int] = []
    dialog.progressed.connect(seen.append)
    dialog.set_files([f])
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    assert len(seen) >= 3 and seen == sorted(seen) and seen[-1] == 1000
    assert not dialog.progress.isVisible()  # gone once the preview is done
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert store.conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 12_000
