"""Familjeinsatser (SPEC §12): a team unit's family engagements, opened, edited, closed and
deleted at the desk. The code the app makes is shown large, to be written in the journal.

Each action is one write of one row, done on the UI thread as the entry form's save is;
the list refreshes on the desk's entries-changed signal (hours come from linked entries).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omradesapp.domain.engagement import Engagement
from omradesapp.store import engagements
from omradesapp.store.database import StoreError
from omradesapp.ui.desk import Desk
from omradesapp.ui.engagement_choice import remember, team_units
from omradesapp.ui.engagement_dialog import END_FIELDS, OPEN_FIELDS, EngagementDialog
from omradesapp.ui.engagement_fields import Spec
from omradesapp.ui.engagement_model import EngagementModel, Row
from omradesapp.ui.widgets import ErrorLabel, buddy_label, fill_combo, name, select_data

RECENT_DAYS = 90  # closed engagements stay in the list this long after their end


class EngagementsView(QWidget):
    """The list of one team unit's engagements and the buttons that change them."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.unit = QComboBox()
        self.model = EngagementModel(desk)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.code_banner = QLabel()  # "Skriv koden SS-2026-007 i journalen."
        self.code_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.code_banner.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.code_banner.setFont(font)
        self.code_banner.hide()
        self.empty = QLabel(
            self.tr("No unit is a team: family engagements belong to a team's units.")
        )
        self.empty.setWordWrap(True)
        self.error = ErrorLabel()
        self.dialog: EngagementDialog | None = None  # the one open, if any
        self.new_button = QPushButton(self.tr("&New engagement…"))
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.close_button = QPushButton(self.tr("Cl&ose engagement…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        name(self.new_button, self.tr("New engagement"))
        name(self.edit_button, self.tr("Change engagement"))
        name(self.close_button, self.tr("Close engagement"))
        name(self.delete_button, self.tr("Delete engagement"))
        self._layout()
        self.unit.currentIndexChanged.connect(self.refresh)
        self.new_button.clicked.connect(self.open_new)
        self.edit_button.clicked.connect(self.edit_current)
        self.close_button.clicked.connect(self.close_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.table.activated.connect(lambda _index: self.edit_current())  # Enter, double-click
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        desk.org_changed.connect(self._fill_units)
        self._fill_units()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("&Unit"), self.unit))
        top.addWidget(self.unit)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.empty)
        box.addWidget(self.code_banner)
        box.addWidget(buddy_label(self.tr("Engage&ments"), self.table))
        box.addWidget(self.table, 1)
        box.addWidget(self.error)
        box.addLayout(buttons)

    # -- the list -------------------------------------------------------
    def _fill_units(self) -> None:
        teams = [(u.id, u.name) for u in team_units(self.desk)]
        fill_combo(self.unit, teams)
        if any(unit_id == self.desk.unit_id for unit_id, _ in teams):
            select_data(self.unit, self.desk.unit_id)
        has_team = bool(teams)
        self.empty.setVisible(not has_team)
        for w in (self.unit, self.table, self.new_button):
            w.setEnabled(has_team)
        self.refresh()

    @property
    def unit_id(self) -> int | None:
        value = self.unit.currentData()
        return int(value) if value is not None else None

    def refresh(self) -> None:
        """Read the unit's active and recently closed engagements with their hours."""
        current = self.current()
        unit_id = self.unit_id
        since = dt.date.today() - dt.timedelta(days=RECENT_DAYS)
        store = self.desk.store
        units = [] if unit_id is None else [unit_id]
        shown = engagements.list_engagements(store, units, since=since)
        minutes = engagements.linked_minutes(store, [e.id for e in shown])
        self.model.set_rows([Row(e, minutes[e.id]) for e in shown])
        if current is not None:
            self.select(current.code)
        self._enable()

    def current(self) -> Engagement | None:
        return self.model.engagement(self.table.currentIndex().row())

    def select(self, code: str) -> None:
        row = self.model.row_of(code)
        if row >= 0:
            self.table.selectRow(row)

    def _enable(self) -> None:
        chosen = self.current() is not None
        for button in (self.edit_button, self.close_button, self.delete_button):
            button.setEnabled(chosen)

    # -- actions --------------------------------------------------------
    def open_new(self) -> None:
        unit_id = self.unit_id
        if unit_id is None:
            return
        today = dt.date.today()
        values = {"requested": today, "start": today}

        def save(v: dict[str, object]) -> Engagement:
            draft = Engagement(unit_id=unit_id, **v)  # type: ignore[arg-type]
            return engagements.open_engagement(self.desk.store, draft, self.desk.actor)

        self._dialog(self.tr("New family engagement"), OPEN_FIELDS, values, save, self._opened)

    def _opened(self, opened: Engagement) -> None:
        remember(self.desk, opened.unit_id, opened.code)  # "this engagement" in the form
        self.code_banner.setText(
            self.tr("Write the code {code} in the journal.").format(code=opened.code)
        )
        self.code_banner.setAccessibleName(self.code_banner.text())
        self.code_banner.show()
        self._changed(opened, self.tr("Family engagement opened: {code}."))

    def edit_current(self) -> None:
        chosen = self.current()
        if chosen is None:
            return

        def save(v: dict[str, object]) -> Engagement:
            return engagements.update_engagement(
                self.desk.store, chosen.with_changes(**v), self.desk.actor
            )

        title = self.tr("Family engagement {code}").format(code=chosen.code)
        message = self.tr("Family engagement changed: {code}.")
        self._dialog(title, OPEN_FIELDS, vars(chosen), save, lambda e: self._changed(e, message))

    def close_current(self) -> None:
        """Close the chosen engagement, or correct the end of one already closed."""
        chosen = self.current()
        if chosen is None:
            return
        values = dict(vars(chosen))
        if chosen.end is None:  # the end values start from the start values
            values.update(
                end=dt.date.today(),
                employment_end=chosen.employment_start,
                economy_end=chosen.economy_start,
            )

        def save(v: dict[str, object]) -> Engagement:
            store, actor = self.desk.store, self.desk.actor
            if chosen.end is not None:  # its end values corrected
                return engagements.update_engagement(store, chosen.with_changes(**v), actor)
            end, reason = v.pop("end"), v.pop("end_reason")
            return engagements.close_engagement(store, chosen.id, end, reason, actor, **v)  # type: ignore[arg-type]

        title = self.tr("Close family engagement {code}").format(code=chosen.code)
        message = self.tr("Family engagement closed: {code}.")
        self._dialog(title, END_FIELDS, values, save, lambda e: self._changed(e, message))

    def delete_current(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete family engagement"),
            self.tr("Delete the family engagement {code}?").format(code=chosen.code),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            engagements.delete_engagement(self.desk.store, chosen.id, self.desk.actor)
        except (ValueError, StoreError) as e:
            self.error.show_error(str(e))
            return
        self.error.clear_error()
        self.desk.message.emit(
            self.tr("Family engagement deleted: {code}.").format(code=chosen.code)
        )
        self.desk.entries_changed.emit()

    def _dialog(
        self,
        title: str,
        specs: Sequence[Spec],
        values: Mapping[str, object],
        save: Callable[[dict[str, object]], Engagement],
        done: Callable[[Engagement], object],
    ) -> None:
        """Open a dialog (modal to the window); `done(saved)` once it has saved."""
        if self.dialog is not None:
            self.dialog.deleteLater()  # the previous one, closed
        dialog = EngagementDialog(self.desk, title, specs, values, save, self)
        dialog.accepted.connect(lambda: done(dialog.saved))  # type: ignore[arg-type]
        self.dialog = dialog
        dialog.open()

    def _changed(self, engagement: Engagement, message: str) -> None:
        self.error.clear_error()
        self.desk.message.emit(message.format(code=engagement.code))
        self.desk.entries_changed.emit()  # the form's engagement list and this list
        self.refresh()
        self.select(engagement.code)
        self.table.setFocus()
