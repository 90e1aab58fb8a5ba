"""Start of the desktop app: translations, the database (or a demo one), the main window."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from omradesapp import paths
from omradesapp.store.database import InUseError, Store, StoreError
from omradesapp.store.opening import open_store
from omradesapp.ui import i18n
from omradesapp.ui.error_boundary import error_boundary

EXIT_REFUSED = 2


def open_desk_store(path: Path, org: Path | None) -> Store:
    """Open for writing; the quick check is left to a thread once the window shows."""
    return open_store(
        path, write=True, check=False, backup_dir=paths.backup_dir(path), org_file=org
    )


def refuse(message: str, parent: QWidget | None = None) -> int:
    QMessageBox.critical(
        parent, QCoreApplication.translate("App", "Områdesappen cannot start"), message
    )
    return EXIT_REFUSED


class DeskRun:
    """Keeps the open store, the window and the background work alive while the app runs."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.store: Store | None = None
        self.window: QWidget | None = None
        self.keep: list[object] = []
        self.demo_dir: Path | None = None  # removed at the end: sample data is not kept

    def open(self, path: Path, org: Path | None) -> int | None:
        """Open the database and show the desk; an exit status if that was refused."""
        try:
            self.store = open_desk_store(path, org)
        except InUseError as e:  # another window or command has the file: touch nothing
            return refuse(str(e))
        except StoreError as e:
            if not self._restored(path):
                return refuse(str(e))
            try:
                self.store = open_desk_store(path, org)
            except StoreError as again:
                return refuse(str(again))
        return self.show_desk(path)

    def _restored(self, path: Path) -> bool:
        """A file that cannot be opened: offer its backups (only if there are any)."""
        from omradesapp.ui.restore_offer import offer_restore

        return path.exists() and offer_restore(None, path)

    def show_desk(self, path: Path) -> int | None:
        from omradesapp.ui.desk import Desk
        from omradesapp.ui.main_window import MainWindow

        assert self.store is not None
        desk = Desk(self.store)
        if not desk.configured:
            from omradesapp.ui.first_start import ensure_configured

            if not ensure_configured(desk):
                return 0
        window = MainWindow(desk)
        window.show()
        self.window = window
        from omradesapp.ui.quick_check import QuickCheck  # once the window shows

        check = QuickCheck(path, window)
        check.finished.connect(self._checked)
        check.backed_up.connect(
            lambda made: self._say(QCoreApplication.translate("App", "Backup made: {name}"), made)
        )
        check.backup_failed.connect(
            lambda why: self._say(QCoreApplication.translate("App", "No backup made: {name}"), why)
        )
        check.start()
        self.keep.extend((desk, check))
        QTimer.singleShot(0, self._after_start)
        return None

    def _say(self, text: str, name: str) -> None:
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(text.format(name=Path(name).name), 10_000)

    def _after_start(self) -> None:
        """Once the desk shows: notes past the retention period are cleared (gallring),
        and a database on a network share or in a synced folder is warned about."""
        from omradesapp.store.location import location_warning
        from omradesapp.store.retention import clear_old_notes, replace_old_codes

        if self.store is None:
            return
        clear_old_notes(self.store)
        replace_old_codes(self.store)
        warning = location_warning(self.store.path)
        if warning:
            QMessageBox.warning(
                self.window, QCoreApplication.translate("App", "Where the database lives"), warning
            )

    def _checked(self, problems: list[str]) -> None:
        if problems and self.store is not None and self._ask_restore(problems[0]):
            self._restore_and_reopen(self.store.path)

    def _ask_restore(self, problem: str) -> bool:
        """Tell what the quick check found; True when the user wants to restore a backup."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("App", "The database needs attention"),
            QCoreApplication.translate(
                "App",
                "The database's quick check found a problem:\n{problem}\n\n"
                "Entries you save are still kept, but restore a backup soon.",
            ).format(problem=problem),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        restore = box.addButton(
            QCoreApplication.translate("App", "Restore from a backup..."),
            QMessageBox.ButtonRole.AcceptRole,
        )
        later = box.addButton(
            QCoreApplication.translate("App", "Continue for now"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(later)
        box.exec()
        return box.clickedButton() is restore

    def _restore_and_reopen(self, path: Path) -> None:
        """Close the desk (and its lock), offer the backups, and open the desk again."""
        self.app.setQuitOnLastWindowClosed(False)
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.store is not None:
            self.store.close()
            self.store = None
        self._restored(path)
        status = self.open(path, None)
        self.app.setQuitOnLastWindowClosed(True)
        if status is not None:
            self.app.exit(status)

    def start_demo(self, org: Path | None) -> None:
        from omradesapp.ui.demo_start import DemoBuilder, DemoSplash

        splash = DemoSplash()
        splash.show()
        builder = DemoBuilder(org)
        self.demo_dir = builder.path.parent

        def ready(path: Path) -> None:
            splash.close()
            status = self.open(path, None)
            if status is not None:
                self.app.exit(status)

        def failed(message: str) -> None:
            splash.close()
            self.app.exit(refuse(message))

        builder.ready.connect(ready)
        builder.failed.connect(failed)
        self.keep.extend((splash, builder))
        builder.start()

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
        if self.demo_dir is not None:
            shutil.rmtree(self.demo_dir, ignore_errors=True)
            self.demo_dir = None


def run_gui(db: Path | None, demo: bool, org: Path | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Områdesappen")
    app.setDesktopFileName("omradesapp")
    translators = i18n.install(app)
    run = DeskRun(app)
    try:
        with error_boundary():
            if demo:
                run.start_demo(org)
            else:
                status = run.open(db if db is not None else paths.default_db(), org)
                if status is not None:
                    return status
            return app.exec()
    finally:
        run.close()
        for t in translators:
            app.removeTranslator(t)
