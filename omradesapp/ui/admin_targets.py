"""Admin: targets per unit for any report figure, per year or per årsarbetare, from a year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QPushButton,
    QSpinBox,
    QWidget,
)

from omradesapp.domain.codebook import DEFAULT_BOOK, CodeBook
from omradesapp.domain.report_figures import empty_figures
from omradesapp.reports.sections_detail import (
    ASSIGNMENTS,
    BREAKDOWNS,
    ENGAGEMENT_COUNTS,
    FIGURE_NAMES,
)
from omradesapp.store import org
from omradesapp.store.codebook import code_book
from omradesapp.store.database import StoreError
from omradesapp.ui.admin_table import AdminTable, editor_page
from omradesapp.ui.desk import Desk
from omradesapp.ui.widgets import ErrorLabel, add_rows, button_row, fill_combo, name, select_data

# Captions of the report's whole-number figures (the figures themselves: reports/figures.py).
FIGURE_CAPTIONS = {
    "visits": QT_TRANSLATE_NOOP("TargetsPage", "Spontaneous visits"),
    "visitors": QT_TRANSLATE_NOOP("TargetsPage", "Visitors"),
    "contacts": QT_TRANSLATE_NOOP("TargetsPage", "Contacts"),
    "persons_met": QT_TRANSLATE_NOOP("TargetsPage", "Persons met individually"),
    "groups": QT_TRANSLATE_NOOP("TargetsPage", "Group sessions"),
    "group_participants": QT_TRANSLATE_NOOP("TargetsPage", "Group participants"),
    "evening_groups": QT_TRANSLATE_NOOP("TargetsPage", "Evening groups"),
    "meetings": QT_TRANSLATE_NOOP("TargetsPage", "Collaboration meetings"),
}


def figure_caption(
    key: str,
    renamed: Mapping[tuple[str, str], str] | None = None,
    book: CodeBook = DEFAULT_BOOK,
) -> str:
    """A figure by its name: 'Kontakter', or a breakdown's 'Samverkansmöten: SIP-möte'.

    `renamed` holds the municipality's own code labels (store.org.labels), `book` its codes.
    """
    caption = FIGURE_CAPTIONS.get(key)
    if caption:
        return QCoreApplication.translate("TargetsPage", caption)
    parent, _, code = key.partition(".")
    if parent in BREAKDOWNS and code in book.code_list(BREAKDOWNS[parent][1]):
        title, base = BREAKDOWNS[parent]
        code_list = book.code_list(base)
        label = (renamed or {}).get((code_list.name, code), code_list.label(code))
        return f"{title}: {label}"
    count, _, assignment = code.partition(".")
    if parent == "engagements" and count in ENGAGEMENT_COUNTS:
        return f"{ENGAGEMENT_COUNTS[count]}: {ASSIGNMENTS.get(assignment, 'alla')}"
    if key in FIGURE_NAMES:
        return FIGURE_NAMES[key]
    return QCoreApplication.translate("TargetsPage", "Another figure")


def target_figures(book: CodeBook = DEFAULT_BOOK) -> list[str]:
    """Every whole-number figure a target can be set for, nested ones included."""

    def walk(prefix: str, value: object) -> list[str]:
        if isinstance(value, dict):
            return [k for key, v in value.items() for k in walk(f"{prefix}{key}.", v)]
        return [prefix[:-1]] if isinstance(value, int) and not isinstance(value, bool) else []

    return walk("", empty_figures(book))


class TargetsPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.table = AdminTable(
            [self.tr("Unit"), self.tr("From year"), self.tr("Figure"), self.tr("Target")]
        )
        name(self.table, self.tr("Targets"))
        self.unit = QComboBox()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.figure = QComboBox()
        self.figure.setMaxVisibleItems(20)
        self.value = QDoubleSpinBox()
        self.value.setRange(0, 1_000_000)
        self.value.setDecimals(1)
        self.per = QComboBox()
        self.per.addItem(self.tr("per year"), False)
        self.per.addItem(self.tr("per FTE and year"), True)
        self.error = ErrorLabel()
        self.save_button = QPushButton(self.tr("&Save target"))
        self.remove_button = QPushButton(self.tr("&Remove target"))
        form = QFormLayout()
        add_rows(
            form,
            (
                (self.tr("&Unit"), self.unit),
                (self.tr("From &year"), self.year),
                (self.tr("&Figure"), self.figure),
                (self.tr("&Target"), self.value),
                (self.tr("&Counted"), self.per),
            ),
        )
        buttons = button_row(self.remove_button, self.save_button)
        editor_page(self, self.table, form, self.error, buttons)
        self.table.itemSelectionChanged.connect(self._show_current)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        desk.org_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        renamed = org.labels(self.desk.store)
        book = code_book(self.desk.store)
        fill_combo(
            self.figure, [(k, figure_caption(k, renamed, book)) for k in target_figures(book)]
        )
        fill_combo(self.unit, [(u.id, u.name) for u in self.desk.units()])
        self.table.set_rows(
            [
                (
                    t,
                    [
                        self.desk.unit_name(t.unit_id),
                        str(t.from_year),
                        figure_caption(t.figure, renamed, book),
                        self._value_text(t),
                    ],
                )  # fmt: skip
                for t in org.list_targets(self.desk.store)
            ]
        )

    def _value_text(self, t: org.Target) -> str:
        value = self.desk.locale.toString(t.value, "f", 1)
        if t.per_fte:
            return self.tr("{value} per FTE").format(value=value)
        return value

    def _show_current(self) -> None:
        t = self.table.current_object()
        if isinstance(t, org.Target):
            select_data(self.unit, t.unit_id)
            self.year.setValue(t.from_year)
            select_data(self.figure, t.figure)
            self.value.setValue(t.value)
            select_data(self.per, t.per_fte)

    def _target(self) -> org.Target:
        return org.Target(
            self.unit.currentData(),
            self.year.value(),
            self.figure.currentData(),
            self.value.value(),
            bool(self.per.currentData()),
        )

    def save(self) -> None:
        self._write(self._target(), None)

    def remove(self) -> None:
        t = self.table.current_object()
        if isinstance(t, org.Target):
            self._write(None, t)

    def _write(self, target: org.Target | None, remove: org.Target | None) -> None:
        try:
            org.set_target(self.desk.store, target, self.desk.actor, remove=remove)
        except (ValueError, StoreError) as e:
            self.error.show_error(str(e))
            return
        self.error.clear_error()
        self.refresh()
        self.desk.message.emit(self.tr("Targets saved."))
