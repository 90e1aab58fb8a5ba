"""Admin: each unit's default duration per kind of entry, prefilled in the form (SPEC §4)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QPushButton, QSpinBox, QWidget

from omradesapp.domain import codes
from omradesapp.domain.entry import MAX_MINUTES
from omradesapp.store import durations
from omradesapp.store.database import StoreError
from omradesapp.ui.admin_table import AdminTable, editor_page
from omradesapp.ui.desk import Desk
from omradesapp.ui.widgets import ErrorLabel, button_row, name

# Alt letters of the kinds' boxes, clear of the admin tabs' and the Save button's letters.
_MNEMONIC = {"visit": "b", "contact": "o", "group": "u", "meeting": "v", "time": "i"}


def _with_mnemonic(label: str, letter: str) -> str:
    """'Spontant besök' -> 'Spontant &besök'; a label without the letter gets none."""
    at = label.casefold().find(letter)
    return label if at < 0 else f"{label[:at]}&{label[at:]}"


class DurationsPage(QWidget):
    """A table of units × kinds; choosing a row edits that unit's minutes below it."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        kinds = codes.KINDS.codes
        labels = [desk.label(codes.KINDS, k) for k in kinds]
        self.table = AdminTable([self.tr("Unit"), *labels])
        name(self.table, self.tr("Default durations"))
        self.minutes: dict[str, QSpinBox] = {}
        form = QFormLayout()
        for kind, label in zip(kinds, labels, strict=True):
            box = QSpinBox()
            box.setRange(0, MAX_MINUTES)
            box.setSuffix(self.tr(" min"))
            name(box, label)
            form.addRow(_with_mnemonic(label, _MNEMONIC.get(kind, "")), box)
            self.minutes[kind] = box
        self.error = ErrorLabel()
        self.save_button = QPushButton(self.tr("&Save durations"))
        editor_page(self, self.table, form, self.error, button_row(self.save_button))
        self.table.itemSelectionChanged.connect(self._show_current)
        self.save_button.clicked.connect(self.save)
        desk.org_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        row = max(0, self.table.currentRow())
        rows = []
        for unit in self.desk.units():
            per_kind = durations.unit_minutes(self.desk.store, unit.id)
            rows.append((unit.id, [unit.name, *(str(m) for m in per_kind.values())]))
        self.table.set_rows(rows)
        if rows:
            self.table.selectRow(min(row, len(rows) - 1))

    def _show_current(self) -> None:
        unit_id = self.table.current_object()
        if isinstance(unit_id, int):
            for kind, value in durations.unit_minutes(self.desk.store, unit_id).items():
                self.minutes[kind].setValue(value)

    def save(self) -> None:
        unit_id = self.table.current_object()
        if not isinstance(unit_id, int):
            self.error.show_error(self.tr("Choose a unit in the table."))
            return
        values = {kind: box.value() for kind, box in self.minutes.items()}
        try:
            durations.set_default_minutes(self.desk.store, unit_id, values, self.desk.actor)
        except (ValueError, StoreError) as e:
            self.error.show_error(str(e))
            return
        self.error.clear_error()
        self.refresh()
        self.desk.message.emit(
            self.tr("Default durations saved for {unit}.").format(unit=self.desk.unit_name(unit_id))
        )
