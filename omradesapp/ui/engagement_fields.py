"""The controls of an engagement's fields (SPEC §12): a code list is a combo, a count or a
KASAM score a spin box, a yes/no a check box, a date the desk's typed date field. No free
text anywhere: an engagement holds no identity."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox, QWidget

from omradesapp.domain.codes import CodeList
from omradesapp.ui.date_field import DateField
from omradesapp.ui.desk import Desk
from omradesapp.ui.widgets import fill_combo, name, select_data

NONE_TEXT = "–"


class FieldError(ValueError):
    """A field's text is no value (a date that is not one); `field` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class Spec:
    """One field: its attribute and how it is entered.

    `kind` is "code" (a combo of `codes`), "count" (0 to `high`), "score" (`low` to `high`,
    or none), "flag" (a check box) or "date". `optional` offers "–" (no value).
    """

    attr: str
    kind: str
    codes: CodeList | None = None
    low: int = 0
    high: int = 0
    optional: bool = False


def make(spec: Spec, desk: Desk, caption: str) -> QWidget:
    """The control of a field, its choices filled and named for screen readers."""
    widget: QWidget
    if spec.kind == "code":
        assert spec.codes is not None
        combo = QComboBox()
        fill_combo(combo, desk.items(spec.codes), NONE_TEXT if spec.optional else None)
        widget = combo
    elif spec.kind in ("count", "score"):
        spin = QSpinBox()
        low = spec.low - 1 if spec.optional else spec.low
        spin.setRange(low, spec.high)
        if spec.optional:
            spin.setSpecialValueText(NONE_TEXT)  # shown at the value below the range
        widget = spin
    elif spec.kind == "flag":
        widget = QCheckBox(caption)
    else:
        widget = DateField()
    name(widget, caption)
    return widget


def read(spec: Spec, widget: QWidget, caption: str) -> object:
    """The field's value; raises FieldError, naming the field, for a date that is not one."""
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QSpinBox):
        value = widget.value()
        return None if spec.optional and value < spec.low else value
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    assert isinstance(widget, DateField)
    if not widget.text() and spec.optional:
        return None
    day = widget.date()
    if day is None:
        raise FieldError(
            spec.attr,
            QCoreApplication.translate(
                "EngagementFields", "{field}: write the date as YYYY-MM-DD, not “{text}”."
            ).format(field=caption.replace("&", ""), text=widget.text()),
        )
    return day


def show(spec: Spec, widget: QWidget, value: object) -> None:
    """Put a stored value into the field's control."""
    if isinstance(widget, QComboBox):
        select_data(widget, value)
    elif isinstance(widget, QSpinBox):
        widget.setValue(widget.minimum() if value is None else int(value))  # type: ignore[call-overload]
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, DateField):
        if isinstance(value, dt.date):
            widget.set_date(value)
        else:
            widget.edit.clear()
