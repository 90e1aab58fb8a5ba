"""The import dialog hands the reader a progress callback and shows a bar while it reads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from omradesapp.store.database import Store
from omradesapp.ui import import_dialog
from omradesapp.ui.import_dialog import ImportDialog

HEADER = "kind;date;unit;worker;adults"


def test_a_progress_bar_follows_the_reading_and_goes_away(  # type: ignore[no-untyped-def]
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "many.csv"
    body = "\n".join(f"visit;2026-03-{1 + i % 28:02d};Berga;AB;1" for i in range(12_000))
    f.write_text(f"{HEADER}\n{body}\n", "utf-8")
    reported: list[tuple[int, int]] = []
    real = import_dialog.preview_files

    def preview(*args: Any, progress: Any = None, **kwargs: Any) -> Any:
        assert progress is not None, "the dialog gives the reader no progress callback"

        def spy(name: str, done: int, total: int) -> None:
            reported.append((done, total))
            progress(name, done, total)

        return real(*args, progress=spy, **kwargs)

    monkeypatch.setattr(import_dialog, "preview_files", preview)
    dialog = ImportDialog(store, "chef")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_files([f])
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    size = f.stat().st_size
    assert len(reported) >= 3 and reported[-1] == (size, size)
    assert not dialog.progress.isVisible()  # gone once the preview is done
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert store.conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 12_000
