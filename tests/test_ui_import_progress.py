"""The import dialog's progress bar: busy while the work runs, following what it reports."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from omradesapp.store.database import Store
from omradesapp.ui import import_dialog
from omradesapp.ui.desk import Desk
from omradesapp.ui.import_dialog import IMPORT_CHANGES, ImportDialog
from omradesapp.ui.ops import announce

WAIT = 10_000


def test_the_bar_is_busy_while_a_file_is_checked(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    csv = tmp_path / "besok.csv"
    csv.write_text("kind;date;unit\nvisit;2026-10-05;Berga\n", "utf-8")
    dialog = ImportDialog(store, "chef")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.progress.isVisible()
    dialog.set_files([csv])
    assert dialog.progress.isVisible() and dialog.progress.maximum() == 0  # busy: no total yet
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=WAIT)
    assert not dialog.progress.isVisible()
    assert dialog.import_button.isEnabled()
    desk = Desk(store)
    heard: list[str] = []
    desk.org_changed.connect(lambda: heard.append("org"))
    desk.entries_changed.connect(lambda: heard.append("entries"))
    dialog.imported.connect(lambda changes: announce(desk, changes))  # as the main window does
    with qtbot.waitSignal(dialog.imported, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [IMPORT_CHANGES] and IMPORT_CHANGES.entries
    assert heard == ["org", "entries"]  # names first: the refreshed lists show them


def test_the_bar_follows_the_progress_the_work_reports(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(store, "chef")
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[tuple[int, int]] = []
    dialog.progress.valueChanged.connect(lambda v: seen.append((v, dialog.progress.maximum())))
    release = threading.Event()
    results: list[object] = []

    def work(progress) -> list[object]:  # type: ignore[no-untyped-def]
        progress(1, 4)
        progress(4, 4)
        release.wait(5)
        return []

    dialog._run(work, results.append)
    qtbot.waitUntil(lambda: (4, 4) in seen, timeout=WAIT)
    assert (1, 4) in seen and dialog.progress.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=WAIT)
    assert results == [[]] and not dialog.progress.isVisible()


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
