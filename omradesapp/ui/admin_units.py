"""Admin: units (kind, target ages, FTE, FTE per year, active period)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from omradesapp.domain.identity import check_free_text
from omradesapp.store import org
from omradesapp.store.database import StoreError
from omradesapp.ui.admin_table import AdminTable, editor_page
from omradesapp.ui.desk import Desk
from omradesapp.ui.widgets import ErrorLabel, buddy_label, button_row, fill_combo, name, select_data


def _age_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(-1, 120)
    box.setSpecialValueText("–")  # -1: no limit
    box.setValue(-1)
    return box


def _fte_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, 100)
    box.setDecimals(2)
    box.setSingleStep(0.5)
    box.setMaximumWidth(box.fontMetrics().horizontalAdvance("000,00") + 48)
    return box


class UnitsPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.table = AdminTable(
            [self.tr("Name"), self.tr("Kind"), self.tr("Ages"), self.tr("FTE"),
             self.tr("Active from"), self.tr("Active to"), self.tr("FTE per year")]
        )  # fmt: skip
        name(self.table, self.tr("Units"))
        self.name = QLineEdit()
        self.kind = QComboBox()
        fill_combo(self.kind, list(org.UNIT_KINDS.items()))
        self.age_from, self.age_to = _age_box(), _age_box()
        self.fte = _fte_box()
        self.active_from, self.active_to = QLineEdit(), QLineEdit()
        for w in (self.active_from, self.active_to):
            w.setPlaceholderText(self.tr("YYYY-MM-DD"))
            w.setMaximumWidth(w.fontMetrics().horizontalAdvance("ÅÅÅÅ-MM-DD") + 24)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.year_fte = _fte_box()
        self.error = ErrorLabel()
        self.new_button = QPushButton(self.tr("&New unit"))
        self.save_button = QPushButton(self.tr("&Save unit"))
        self.fte_button = QPushButton(self.tr("Set FTE for the &year"))
        form = QFormLayout()
        ages = QHBoxLayout()
        ages.addWidget(self.age_from)
        ages.addWidget(QLabel("–"))
        ages.addWidget(self.age_to)
        ages.addStretch(1)
        active = QHBoxLayout()
        active.addWidget(self.active_from)
        active.addWidget(QLabel("–"))
        active.addWidget(self.active_to)
        active.addStretch(1)
        per_year = QHBoxLayout()
        per_year.addWidget(self.year)
        per_year.addWidget(self.year_fte)
        per_year.addWidget(self.fte_button)
        per_year.addStretch(1)
        for caption, widget, layout in (
            (self.tr("&Name"), self.name, None),
            (self.tr("&Kind"), self.kind, None),
            (self.tr("Target &ages"), self.age_from, ages),
            (self.tr("&FTE (default)"), self.fte, None),
            (self.tr("Acti&ve"), self.active_from, active),
            (self.tr("FTE in a &year"), self.year, per_year),
        ):
            form.addRow(buddy_label(caption, widget), layout if layout is not None else widget)
        name(self.age_to, self.tr("Target ages to"))
        name(self.active_to, self.tr("Active to"))
        name(self.year_fte, self.tr("FTE in the year"))
        buttons = button_row(self.new_button, self.save_button)
        editor_page(self, self.table, form, self.error, buttons)
        self.table.itemSelectionChanged.connect(self._show_current)
        self.new_button.clicked.connect(self._new)
        self.save_button.clicked.connect(self.save)
        self.fte_button.clicked.connect(self.save_fte)
        self._id = 0
        self.refresh()
        self.table.selectRow(0)

    def refresh(self) -> None:
        per_year = org.fte_by_year(self.desk.store)
        loc = self.desk.locale
        rows = []
        for u in org.list_units(self.desk.store):
            ages = "–".join("" if a is None else str(a) for a in (u.age_from, u.age_to))
            ages = "" if ages == "–" else ages
            years = ", ".join(
                f"{y}: {loc.toString(f, 'f', 2)}"
                for (uid, y), f in sorted(per_year.items())
                if uid == u.id
            )
            rows.append((u, [u.name, org.UNIT_KINDS.get(u.kind, u.kind), ages,
                             loc.toString(u.fte, "f", 2), u.active_from or "", u.active_to or "",
                             years]))  # fmt: skip
        self.table.set_rows(rows)

    def _show_current(self) -> None:
        u = self.table.current_object()
        if not isinstance(u, org.Unit):
            return
        self._id = u.id
        self.name.setText(u.name)
        select_data(self.kind, u.kind)
        self.age_from.setValue(-1 if u.age_from is None else u.age_from)
        self.age_to.setValue(-1 if u.age_to is None else u.age_to)
        self.fte.setValue(u.fte)
        self.year_fte.setValue(u.fte)
        self.active_from.setText(u.active_from or "")
        self.active_to.setText(u.active_to or "")

    def _new(self) -> None:
        self.table.clearSelection()
        self._id = 0
        for w in (self.name, self.active_from, self.active_to):
            w.clear()
        self.age_from.setValue(-1)
        self.age_to.setValue(-1)
        self.fte.setValue(1.0)
        self.name.setFocus()

    def _date(self, widget: QLineEdit) -> str | None:
        text = widget.text().strip()
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            raise ValueError(
                self.tr("“{text}” is not a date (YYYY-MM-DD).").format(text=text)
            ) from None

    def save(self) -> None:
        try:
            check_free_text(self.name.text())
            unit = org.Unit(
                self._id,
                self.name.text(),
                str(self.kind.currentData()),
                None if self.age_from.value() < 0 else self.age_from.value(),
                None if self.age_to.value() < 0 else self.age_to.value(),
                self.fte.value(),
                self._date(self.active_from),
                self._date(self.active_to),
            )
            saved = org.save_unit(self.desk.store, unit, self.desk.actor)
        except (ValueError, StoreError) as e:
            self.error.show_error(str(e))
            return
        self.error.clear_error()
        self._id = saved.id
        self.refresh()
        self.desk.org_changed.emit()
        self.desk.message.emit(self.tr("Unit saved: {name}.").format(name=saved.name))

    def save_fte(self) -> None:
        if not self._id:
            self.error.show_error(self.tr("Choose a unit in the list first."))
            return
        try:
            org.set_fte(
                self.desk.store, self._id, self.year.value(), self.year_fte.value(), self.desk.actor
            )
        except (ValueError, StoreError) as e:
            self.error.show_error(str(e))
            return
        self.error.clear_error()
        self.refresh()
        self.desk.org_changed.emit()
        self.desk.message.emit(self.tr("FTE saved for {year}.").format(year=self.year.value()))
