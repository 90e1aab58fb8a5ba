"""Closing and reopening a month (månadsavslut) for chosen units; reopening needs a reason.

Before closing, the unit head sees every known desk and how far its data reach (SPEC §6);
closing while a desk of the chosen units is behind asks first.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omradesapp.domain.identity import IdentityError, check_free_text
from omradesapp.domain.swedish import date_label, month_label
from omradesapp.store.database import Store, StoreError
from omradesapp.store.desks import Desk
from omradesapp.store.months import close_month, closed_units, completeness, reopen_month
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
        self.desks = QTableWidget(0, 3)
        self.desks.setHorizontalHeaderLabels(
            [self.tr("Desk"), self.tr("Data up to and including"), self.tr("Status")]
        )
        self.desks.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.desks.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.desks.verticalHeader().hide()
        self.desks.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.desks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.desks.horizontalHeader().setStretchLastSection(True)
        name(self.desks, self.tr("Desks' data"))
        self.error = ErrorLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Month"), self.month_edit)
        form.addRow("", self.all_units)
        form.addRow(self.tr("&Units"), self.units)
        desks_label = QLabel(self.tr("&Desks' data"))
        desks_label.setBuddy(self.desks)
        form.addRow(desks_label, self.desks)
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
        self._show_desks()

    def _show_desks(self) -> None:
        """Every desk that has sent a package, how far its data reach, the ones behind marked."""
        rows = completeness(self.store, self.month())
        self.desks.setRowCount(max(len(rows), 1))
        if not rows:
            self.desks.setSpan(0, 0, 1, 3)
            self.desks.setItem(0, 0, QTableWidgetItem(self.tr("No desk has sent a package yet.")))
            return
        self.desks.clearSpans()
        behind, done = self.tr("behind"), self.tr("complete")
        for row, (desk, late) in enumerate(rows):
            cells = (desk.name, date_label(desk.covered_to), behind if late else done)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if late:
                    item.setForeground(QBrush(QColor("#a40000")))
                    bold = QFont(item.font())
                    bold.setBold(True)
                    item.setFont(bold)
                self.desks.setItem(row, column, item)

    def desk_rows(self) -> list[tuple[str, ...]]:
        """The desks table as shown: one tuple of cell texts per row."""
        rows = []
        for r in range(self.desks.rowCount()):
            items = [self.desks.item(r, c) for c in range(self.desks.columnCount())]
            rows.append(tuple(i.text() if i is not None else "" for i in items))
        return rows

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
        behind = [d for d, late in completeness(self.store, self.month(), ids) if late]
        if behind and not self._close_anyway(behind):
            self.status.setText(self.tr("The month was not closed."))
            return
        try:
            done = close_month(self.store, self.month(), ids, self.actor, [d.name for d in behind])
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

    def _close_anyway(self, behind: list[Desk]) -> bool:
        """Ask before closing a month that some desks' data do not reach the end of."""
        listed = "\n".join(f"{d.name}: {date_label(d.covered_to)}" for d in behind)
        answer = QMessageBox.question(
            self,
            self.tr("Close the month anyway?"),
            self.tr(
                "These desks' data end before {month} does:\n\n{desks}\n\n"
                "Import their packages first, or close the month anyway?"
            ).format(month=month_label(self.month()), desks=listed),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

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
