"""Closing and reopening a month (månadsavslut) for chosen units; reopening needs a reason."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omradesapp.domain.identity import IdentityError, check_free_text
from omradesapp.domain.swedish import month_label
from omradesapp.store.database import Store, StoreError
from omradesapp.store.months import close_month, closed_units, reopen_month
from omradesapp.store.org import list_units
from omradesapp.ui.check_list import CODE_ROLE, CheckList
from omradesapp.ui.widgets import ErrorLabel, name


class MonthDialog(QDialog):
    """Tick units, then close the month for them, or reopen it (with a reason, audited)."""

    changed = Signal(str)  # the month, after it was closed or reopened

    def __init__(self, store: Store, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.actor = actor
        self.setWindowTitle(self.tr("Close or reopen a month"))
        today = dt.date.today()
        last = today.replace(day=1) - dt.timedelta(days=1)  # the month just ended
        self.month_edit = QDateEdit(QDate(last.year, last.month, 1))
        self.month_edit.setDisplayFormat("yyyy-MM")
        name(self.month_edit, self.tr("Month"))
        self.month_edit.dateChanged.connect(self.refresh)
        self.units = CheckList()
        name(self.units, self.tr("Units"))
        # One tick for every unit: the unit head usually closes a month for all at once.
        self.all_units = QCheckBox(self.tr("A&ll units"))
        self.all_units.setTristate(False)
        self.all_units.clicked.connect(self._tick_all)
        self.units.checked_changed.connect(self._show_all_ticked)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why the month is reopened (no names)"))
        name(self.reason, self.tr("Reason for reopening"))
        self.close_button = QPushButton(self.tr("&Close month"))
        self.reopen_button = QPushButton(self.tr("&Reopen month"))
        self.close_button.clicked.connect(self.close_selected)
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.error = ErrorLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Month"), self.month_edit)
        form.addRow("", self.all_units)
        form.addRow(self.tr("&Units"), self.units)
        form.addRow(self.tr("Rea&son"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.reopen_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("A closed month's entries cannot be added, changed or deleted."))
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.refresh()

    def month(self) -> str:
        d = self.month_edit.date()
        return f"{d.year():04d}-{d.month():02d}"

    def set_month(self, month: str) -> None:
        self.month_edit.setDate(QDate(int(month[:4]), int(month[5:7]), 1))

    def refresh(self) -> None:
        """List the units with whether the month is closed for each."""
        closed = closed_units(self.store, self.month())
        keep = self.units.checked()
        closed_text = self.tr("closed")
        self.units.set_items(
            [
                (str(u.id), f"{u.name} ({closed_text})" if u.id in closed else u.name)
                for u in list_units(self.store)
            ]
        )
        self.units.set_checked(keep)
        self._show_all_ticked()

    def _tick_all(self, on: bool) -> None:
        self.units.set_checked(
            [self.units.item(i).data(CODE_ROLE) for i in range(self.units.count())] if on else []
        )

    def _show_all_ticked(self) -> None:
        count = self.units.count()
        ticked = len(self.units.checked())
        state = (
            Qt.CheckState.Checked
            if count and ticked == count
            else Qt.CheckState.PartiallyChecked
            if ticked
            else Qt.CheckState.Unchecked
        )
        self.all_units.setCheckState(state)

    def _done_text(self, done: list[int], some: str, none: str) -> str:
        """What was done, naming the month in words and the units it was done for."""
        names = {u.id: u.name for u in list_units(self.store)}
        month = month_label(self.month())
        if not done:
            return none.format(month=month)
        return some.format(month=month, units=", ".join(names.get(u, "") for u in done))

    def _chosen(self) -> list[int] | None:
        ids = [int(u) for u in self.units.checked()]
        if not ids:
            self.error.show_error(self.tr("Tick at least one unit."))
            return None
        return ids

    def close_selected(self) -> None:
        ids = self._chosen()
        if ids is None:
            return
        self.error.clear_error()
        try:
            done = close_month(self.store, self.month(), ids, self.actor)
        except StoreError as e:
            self.error.show_error(str(e))
            return
        self.status.setText(
            self._done_text(
                done, self.tr("{month} closed for {units}."), self.tr("{month} was already closed.")
            )
        )
        self.refresh()
        self.changed.emit(self.month())

    def reopen_selected(self) -> None:
        ids = self._chosen()
        if ids is None:
            return
        reason = self.reason.text().strip()
        if not reason:
            self.error.show_error(self.tr("Give a reason for reopening the month."))
            self.reason.setFocus()
            return
        try:
            check_free_text(reason)
        except IdentityError as e:
            self.error.show_error(str(e))
            return
        self.error.clear_error()
        try:
            done = reopen_month(self.store, self.month(), ids, self.actor, reason)
        except StoreError as e:
            self.error.show_error(str(e))
            return
        self.status.setText(
            self._done_text(
                done, self.tr("{month} reopened for {units}."), self.tr("{month} was not closed.")
            )
        )
        self.reason.clear()
        self.refresh()
        self.changed.emit(self.month())
