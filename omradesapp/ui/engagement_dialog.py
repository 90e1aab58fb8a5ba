"""Opening, editing and closing a family engagement: one dialog of coded fields (SPEC §12).

The dialog hands its values to the page's `save`; a refusal (an end before the start, a
date after today) is shown in the dialog, which stays open, and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from omradesapp.domain import codes
from omradesapp.domain.engagement import MAX_CHILDREN, SOC_RANGE
from omradesapp.store.database import StoreError
from omradesapp.ui import engagement_fields as fields
from omradesapp.ui.desk import Desk
from omradesapp.ui.engagement_fields import Spec
from omradesapp.ui.widgets import ErrorLabel, buddy_label, ok_cancel, select_data

# Field captions, each with its Alt letter (unique in the dialog, checked in Swedish by
# tests/test_ui_alt_letters.py). The code lists' own labels come from domain/codes.py.
CAPTIONS = {
    "assignment": QT_TRANSLATE_NOOP("EngagementDialog", "&Assignment"),
    "basis": QT_TRANSLATE_NOOP("EngagementDialog", "&Basis"),
    "source": QT_TRANSLATE_NOOP("EngagementDialog", "Asked b&y"),
    "requested": QT_TRANSLATE_NOOP("EngagementDialog", "Re&quested on"),
    "start": QT_TRANSLATE_NOOP("EngagementDialog", "&Start"),
    "consent": QT_TRANSLATE_NOOP("EngagementDialog", "&Consent form signed"),
    "age_band": QT_TRANSLATE_NOOP("EngagementDialog", "Age of the child in &focus"),
    "girls": QT_TRANSLATE_NOOP("EngagementDialog", "&Girls"),
    "boys": QT_TRANSLATE_NOOP("EngagementDialog", "B&oys"),
    "sip_at_start": QT_TRANSLATE_NOOP("EngagementDialog", "SIP at s&tart"),
    "sip_date": QT_TRANSLATE_NOOP("EngagementDialog", "SIP set &up on"),
    "employment_start": QT_TRANSLATE_NOOP("EngagementDialog", "&Employment at start"),
    "economy_start": QT_TRANSLATE_NOOP("EngagementDialog", "Eco&nomy at start"),
    "soc_start": QT_TRANSLATE_NOOP("EngagementDialog", "&KASAM at start"),
    "end": QT_TRANSLATE_NOOP("EngagementDialog", "&End date"),
    "end_reason": QT_TRANSLATE_NOOP("EngagementDialog", "&Reason for ending"),
    "employment_end": QT_TRANSLATE_NOOP("EngagementDialog", "Em&ployment at end"),
    "economy_end": QT_TRANSLATE_NOOP("EngagementDialog", "Eco&nomy at end"),
    "soc_end": QT_TRANSLATE_NOOP("EngagementDialog", "&KASAM at end"),
    "eligible": QT_TRANSLATE_NOOP("EngagementDialog", "Eligible for upper &secondary school"),
}
SOC_LOW, SOC_HIGH = SOC_RANGE
# What is known when an engagement opens (and may be corrected while it runs).
OPEN_FIELDS: tuple[Spec, ...] = (
    Spec("assignment", "code", codes.ASSIGNMENTS),
    Spec("basis", "code", codes.BASES),
    Spec("source", "code", codes.SOURCES),
    Spec("requested", "date"),
    Spec("start", "date"),
    Spec("consent", "flag"),
    Spec("age_band", "code", codes.AGE_BANDS, optional=True),
    Spec("girls", "count", high=MAX_CHILDREN),
    Spec("boys", "count", high=MAX_CHILDREN),
    Spec("sip_at_start", "flag"),
    Spec("sip_date", "date", optional=True),
    Spec("employment_start", "code", codes.EMPLOYMENT, optional=True),
    Spec("economy_start", "code", codes.ECONOMY, optional=True),
    Spec("soc_start", "score", low=SOC_LOW, high=SOC_HIGH, optional=True),
)
# What is known when it ends.
END_FIELDS: tuple[Spec, ...] = (
    Spec("end", "date"),
    Spec("end_reason", "code", codes.END_REASONS),
    Spec("employment_end", "code", codes.EMPLOYMENT, optional=True),
    Spec("economy_end", "code", codes.ECONOMY, optional=True),
    Spec("soc_end", "score", low=SOC_LOW, high=SOC_HIGH, optional=True),
    Spec("eligible", "code", codes.ELIGIBLE, optional=True),
)


def _basis_follows(assignment: QComboBox, basis: QComboBox) -> None:
    """Coordinated support is always given as service ("inte biståndsprövat", SPEC §12)."""
    if assignment.currentData() == "coordinated":
        select_data(basis, "service")


class EngagementDialog(QDialog):
    """The fields of `specs`, filled from `values`; OK calls `save(values)`.

    `save` returns what was saved (kept in `saved`) or raises ValueError/StoreError with
    the Swedish message shown here.
    """

    def __init__(
        self,
        desk: Desk,
        title: str,
        specs: Sequence[Spec],
        values: Mapping[str, object],
        save: Callable[[dict[str, object]], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._specs = tuple(specs)
        self._save = save
        self.saved: object = None
        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout()
        for spec in self._specs:
            caption = self.caption(spec)
            widget = fields.make(spec, desk, caption)
            self.widgets[spec.attr] = widget
            if isinstance(widget, QCheckBox):
                form.addRow(widget)  # a check box is its own caption
            else:
                form.addRow(buddy_label(caption, widget), widget)
            if spec.attr in values:
                fields.show(spec, widget, values[spec.attr])
        self.error = ErrorLabel()
        buttons = ok_cancel(self)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(buttons)
        assignment, basis = self.widgets.get("assignment"), self.widgets.get("basis")
        if isinstance(assignment, QComboBox) and isinstance(basis, QComboBox):
            assignment.currentIndexChanged.connect(lambda: _basis_follows(assignment, basis))
        self.widgets[self._specs[0].attr].setFocus()

    def values(self) -> dict[str, object]:
        """Every field's value; raises FieldError for one that is no value."""
        return {s.attr: fields.read(s, self.widgets[s.attr], self.caption(s)) for s in self._specs}

    def caption(self, spec: Spec) -> str:
        """The field's caption as shown, its Alt letter marked with '&'."""
        return self.tr(str(CAPTIONS[spec.attr]))

    def accept(self) -> None:
        """Save, or show why not and stay open (nothing saved)."""
        try:
            self.saved = self._save(self.values())
        except (ValueError, StoreError) as e:
            self.error.show_error(str(e))
            widget = self.widgets.get(getattr(e, "field", ""))
            if widget is not None:
                widget.setFocus()
            return
        super().accept()
