"""Finds the Alt letters of a window as it is shown: clashes and controls without one."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)


def letter(text: str) -> str | None:
    """The letter after a single '&' (an '&&' is a literal ampersand), lower case."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.window() is window


def _form_labels(window: QWidget) -> list[QLabel]:
    """Labels that caption a field in a form layout."""
    labels = []
    for form in window.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            # A row of several controls (radio buttons) is reached through their own letters.
            one_field = field is not None and field.widget() is not None
            if item is not None and isinstance(item.widget(), QLabel) and one_field:
                labels.append(item.widget())
    return labels


def _standard(button: QAbstractButton) -> bool:
    """OK, Cancel, Close of a dialog's button box: reached by Enter and Esc."""
    box = button.parent()
    return isinstance(box, QDialogButtonBox) and box.standardButton(button) != (
        QDialogButtonBox.StandardButton.NoButton
    )


def problems(window: QWidget) -> list[str]:
    """Every clash ("Alt+X: A, B") and every control without an Alt letter, as shown now."""
    owners: dict[str, list[str]] = defaultdict(list)
    missing: list[str] = []
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            key = letter(action.text())
            if key:
                owners[key].append(f"menu {action.text()}")
            else:
                missing.append(f"menu {action.text()}")
    form_labels = _form_labels(window)
    for label in window.findChildren(QLabel):
        if not _shown(label, window):
            continue
        key = letter(label.text())
        if key:
            owners[key].append(f"label {label.text()}")
            if label.buddy() is None:
                missing.append(f"label {label.text()} (no field to go to)")
        elif label.buddy() is not None or (label in form_labels and label.text().strip()):
            missing.append(f"field {label.text()}")
    for button in window.findChildren(QAbstractButton):
        if (
            not _shown(button, window)
            or button.focusPolicy() == Qt.FocusPolicy.NoFocus
            or _standard(button)
            or not button.text()
        ):
            continue
        key = letter(button.text())
        if key is None:
            missing.append(f"button {button.text()}")
            continue
        owners[key].append(f"button {button.text()}")
        if button.shortcut() != QKeySequence.mnemonic(button.text()):
            missing.append(f"button {button.text()} (its Alt letter was replaced)")
    for bar in window.findChildren(QTabBar):
        if _shown(bar, window):
            for i in range(bar.count()):
                key = letter(bar.tabText(i))
                if key:
                    owners[key].append(f"tab {bar.tabText(i)}")
    clashes = [f"Alt+{k.upper()}: {', '.join(v)}" for k, v in sorted(owners.items()) if len(v) > 1]
    return clashes + [f"no Alt letter: {m}" for m in missing]
