"""At start, when the database is damaged: offer to put a backup back in its place."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omradesapp import paths
from omradesapp.store.backup import BackupInfo, list_backups
from omradesapp.store.restore import damaged, restore
from omradesapp.ui.ops import Op, start_for
from omradesapp.ui.widgets import ErrorLabel, name

PATH_ROLE = Qt.ItemDataRole.UserRole


class RestoreDialog(QDialog):
    """Lists the backups, newest first; restoring keeps the damaged file aside."""

    def __init__(self, db: Path, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.aside: Path | None = None
        self._task: Op[Any] | None = None
        self.setWindowTitle(self.tr("The database is damaged"))
        text = QLabel(
            self.tr(
                "The database %1 failed its integrity check. Restore it from a backup? "
                "Entries made after the backup will be missing; the damaged file is kept "
                "beside it."
            ).replace("%1", str(db))
        )
        text.setWordWrap(True)
        self.list = QListWidget()
        name(self.list, self.tr("Backups"))
        for b in backups:
            item = QListWidgetItem(
                f"{b.made:%Y-%m-%d %H:%M}   {b.path.name}   {max(1, b.size // 1024)} KiB"
            )
            item.setData(PATH_ROLE, str(b.path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.do_restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return None if item is None else Path(item.data(PATH_ROLE))

    def busy(self) -> bool:
        return self._task is not None

    def do_restore(self) -> None:
        source = self.chosen()
        if source is None or self._task is not None:
            return
        self.error.clear_error()
        self.restore_button.setEnabled(False)
        db = self.db
        start_for(self, lambda: restore(db, source), self._restored)

    def _finished(self, task: Op[Any]) -> None:
        if self._task is task:
            self._task = None
        self.restore_button.setEnabled(True)

    def _restored(self, aside: Path | None) -> None:
        self.aside = aside
        self.accept()

    def _failed(self, message: str) -> None:
        self.error.show_error(message)

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.wait()
        super().done(result)


def offer_restore(parent: QWidget | None, db_path: Path) -> bool:
    """Ask whether to restore the damaged database from a backup; True when it was restored.

    Call it when opening the database at start raises StoreError: it asks only when
    the file really is damaged (not when it is in use, newer or not ours) and there is
    a backup. False when nothing was restored; then the start shows its own message.
    """
    backups = list_backups(paths.backup_dir(db_path))
    if not backups or not damaged(db_path):
        return False
    dialog = RestoreDialog(db_path, backups, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
