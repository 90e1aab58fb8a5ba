"""Starting the app: a second instance or a foreign file is refused, nothing touched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from omradesapp.store import verdict
from omradesapp.ui import app as gui_app


@pytest.fixture
def refusals(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: said.append(text))
    )
    return said


def test_a_second_instance_is_refused(qapp, store, db_path, refusals) -> None:  # type: ignore[no-untyped-def]
    assert gui_app.run_gui(db_path, demo=False, org=None) == 2
    assert "används redan" in refusals[0]


def test_a_file_that_is_not_ours_is_refused_and_left_alone(qapp, tmp_path: Path, refusals) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "kalkyl.db"
    path.write_bytes(b"Detta ar inte en databas" * 100)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert gui_app.run_gui(path, demo=False, org=None) == 2
    assert refusals
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_the_desk_opens_and_quick_check_runs(qtbot, store, db_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui_support import configure

    configure(store)
    store.close()
    run = gui_app.DeskRun(QApplication.instance())
    results: list[list[str]] = []
    assert run.open(db_path, None) is None
    window = run.window
    qtbot.addWidget(window)
    check = run.keep[-1]
    check.finished.connect(results.append)  # delivered on the UI thread, after this line
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    assert results == [[]]
    assert window.isVisible()
    run.close()


def test_demo_fills_a_fresh_database_and_opens_the_desk(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from omradesapp.store.entries import EntryFilter, count_entries
    from omradesapp.ui import demo_start
    from omradesapp.ui.main_window import MainWindow

    monkeypatch.setattr(demo_start, "PER_UNIT_MONTH", 3)  # the real demo has 100; speed only
    run = gui_app.DeskRun(QApplication.instance())
    run.start_demo(None)
    qtbot.waitUntil(lambda: isinstance(run.window, MainWindow), timeout=30_000)
    window = run.window
    qtbot.addWidget(window)
    assert window.desk.configured  # no first-start questions in the demo
    assert count_entries(window.desk.store, EntryFilter()) > 0
    path = window.desk.store.path
    assert "demo" in str(path)
    run.close()
    assert not path.exists()  # sample data is not left behind


def test_a_failed_quick_check_is_shown_after_start(qtbot, store, db_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui_support import configure

    from omradesapp.store.database import Store

    configure(store)
    store.close()
    warned: list[str] = []
    monkeypatch.setattr(
        gui_app.DeskRun, "_ask_restore", lambda self, problem: warned.append(problem) and False
    )
    monkeypatch.setattr(Store, "quick_check", lambda self: ["*** in database main *** Page 7"])
    run = gui_app.DeskRun(QApplication.instance())
    assert run.open(db_path, None) is None
    qtbot.addWidget(run.window)
    qtbot.waitUntil(lambda: bool(warned), timeout=20_000)  # a thread of its own: slow under load
    assert "Page 7" in warned[0]
    assert run.window.isVisible()  # the desk stays usable
    run.close()
    known = verdict.read_verdict(db_path)  # remembered: the next open for writing is refused
    assert known is not None and known.damaged


def test_a_failed_quick_check_offers_a_restore_and_opens_the_desk_again(
    qtbot, store, db_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from ui_support import configure

    from omradesapp.store.database import Store
    from omradesapp.ui.main_window import MainWindow

    configure(store)
    store.close()
    monkeypatch.setattr(gui_app.DeskRun, "_ask_restore", lambda self, problem: True)
    monkeypatch.setattr(Store, "quick_check", lambda self: ["*** Page 7 ***"])
    offered: list[Path] = []

    def restored(self: gui_app.DeskRun, path: Path) -> bool:
        offered.append(path)
        verdict.remember(path, [], verdict.FULL)  # as a restore of a checked backup does
        return True

    monkeypatch.setattr(gui_app.DeskRun, "_restored", restored)
    run = gui_app.DeskRun(QApplication.instance())
    assert run.open(db_path, None) is None
    first = run.window  # closed and deleted by the run itself
    qtbot.waitUntil(lambda: bool(offered) and run.window is not first, timeout=10_000)
    assert offered == [db_path]  # the desk let go of the file before the offer
    assert isinstance(run.window, MainWindow)
    qtbot.addWidget(run.window)
    run.close()


def test_start_clears_old_notes_and_makes_the_days_backup(qtbot, store, db_path) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from ui_support import configure

    from omradesapp import paths
    from omradesapp.domain.entry import Entry
    from omradesapp.store.entries import EntryFilter, add_entry, list_entries
    from omradesapp.store.org import unit_by_name

    configure(store)
    old = dt.date.today() - dt.timedelta(days=200)
    add_entry(
        store,
        Entry(
            kind="visit",
            date=old,
            unit_id=unit_by_name(store, "Berga").id,
            note="frågade om förskola",
        ),
        "AB",
    )
    store.close()
    run = gui_app.DeskRun(QApplication.instance())
    assert run.open(db_path, None) is None
    qtbot.addWidget(run.window)
    qtbot.waitUntil(lambda: any(paths.backup_dir(db_path).glob("*-auto-*.db")), timeout=10_000)
    qtbot.waitUntil(
        lambda: list_entries(run.store, EntryFilter())[0][1].entry.note is None, timeout=5_000
    )
    run.close()
