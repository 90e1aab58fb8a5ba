"""Small helpers shared by the desk's widgets: accessible labels, code combos, inline errors."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)


def name(widget: QWidget, text: str) -> QWidget:
    """Give a control the name a screen reader says (the label text without its '&')."""
    widget.setAccessibleName(text.replace("&", ""))
    return widget


def buddy_label(caption: str, widget: QWidget) -> QLabel:
    """A label whose Alt key moves to `widget`, which it also names for screen readers."""
    label = QLabel(caption)
    label.setBuddy(widget)
    name(widget, caption)
    return label


def add_rows(form: QFormLayout, rows: Iterable[tuple[str, QWidget]]) -> None:
    """Labelled rows of a form: (caption with its '&' key, widget)."""
    for caption, widget in rows:
        form.addRow(buddy_label(caption, widget), widget)


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel buttons that accept and reject `dialog`."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """Buttons at the right, as dialogs place them."""
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def fill_combo(
    combo: QComboBox, items: Sequence[tuple[object, str]], none_text: str | None = None
) -> None:
    """Refill a combo with (data, label) pairs, keeping the current choice where it still exists."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for data, label in items:
        combo.addItem(label, data)
    index = combo.findData(current)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)


def select_data(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(index if index >= 0 else 0)


class ErrorLabel(QLabel):
    """An inline message naming what is wrong; empty and hidden when all is well."""

    def __init__(self, parent: QWidget | None = None, reserve_lines: int = 0) -> None:
        """`reserve_lines` > 0 keeps that many lines' room even when empty, so nothing moves."""
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self._reserved = reserve_lines > 0
        if self._reserved:
            self.setMinimumHeight(self.fontMetrics().lineSpacing() * reserve_lines)
            self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        else:
            self.hide()

    def show_error(self, text: str) -> None:
        self.setText("⚠ " + text)
        self.setAccessibleName(text)
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.setAccessibleName("")
        if not self._reserved:
            self.hide()
