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
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from omradesapp.domain import codes
from omradesapp.store.database import StoreError
from omradesapp.ui import engagement_fields as fields
from omradesapp.ui.desk import Desk
from omradesapp.ui.engagement_fields import Spec
from omradesapp.ui.widgets import ErrorLabel, buddy_label, select_data

_C = "EngagementDialog"
# What is known when an engagement opens (and may be corrected while it runs).
OPEN_FIELDS: tuple[Spec, ...] = (
    Spec("assignment", QT_TRANSLATE_NOOP(_C, "&Assignment"), "code", codes.ASSIGNMENTS),
    Spec("basis", QT_TRANSLATE_NOOP(_C, "&Basis"), "code", codes.BASES),
    Spec("source", QT_TRANSLATE_NOOP(_C, "Asked b&y"), "code", codes.SOURCES),
    Spec("requested", QT_TRANSLATE_NOOP(_C, "Re&quested on"), "date"),
    Spec("start", QT_TRANSLATE_NOOP(_C, "&Start"), "date"),
    Spec("consent", QT_TRANSLATE_NOOP(_C, "&Consent form signed"), "flag"),
    Spec("age_band", QT_TRANSLATE_NOOP(_C, "Age of the child in &focus"), "code", codes.AGE_BANDS,
         optional=True),
    Spec("girls", QT_TRANSLATE_NOOP(_C, "&Girls"), "count", high=10),
    Spec("boys", QT_TRANSLATE_NOOP(_C, "B&oys"), "count", high=10),
    Spec("sip_at_start", QT_TRANSLATE_NOOP(_C, "SIP at s&tart"), "flag"),
    Spec("sip_date", QT_TRANSLATE_NOOP(_C, "SIP set &up on"), "date", optional=True),
    Spec("employment_start", QT_TRANSLATE_NOOP(_C, "&Employment at start"), "code",
         codes.EMPLOYMENT, optional=True),
    Spec("economy_start", QT_TRANSLATE_NOOP(_C, "Eco&nomy at start"), "code", codes.ECONOMY,
         optional=True),
    Spec("soc_start", QT_TRANSLATE_NOOP(_C, "&KASAM at start"), "score", low=13, high=91,
         optional=True),
)  # fmt: skip
# What is known when it ends.
END_FIELDS: tuple[Spec, ...] = (
    Spec("end", QT_TRANSLATE_NOOP(_C, "&End date"), "date"),
    Spec("end_reason", QT_TRANSLATE_NOOP(_C, "&Reason for ending"), "code", codes.END_REASONS),
    Spec("employment_end", QT_TRANSLATE_NOOP(_C, "Em&ployment at end"), "code",
         codes.EMPLOYMENT, optional=True),
    Spec("economy_end", QT_TRANSLATE_NOOP(_C, "Eco&nomy at end"), "code", codes.ECONOMY,
         optional=True),
    Spec("soc_end", QT_TRANSLATE_NOOP(_C, "&KASAM at end"), "score", low=13, high=91,
         optional=True),
    Spec("eligible", QT_TRANSLATE_NOOP(_C, "Eligible for upper &secondary school"), "code",
         codes.ELIGIBLE, optional=True),
)  # fmt: skip


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
            caption = self.tr(spec.caption)
            widget = fields.make(spec, desk, caption)
            self.widgets[spec.attr] = widget
            if isinstance(widget, QCheckBox):
                form.addRow(widget)  # a check box is its own caption
            else:
                form.addRow(buddy_label(caption, widget), widget)
            if spec.attr in values:
                fields.show(spec, widget, values[spec.attr])
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
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
        return {
            s.attr: fields.read(s, self.widgets[s.attr], self.tr(s.caption)) for s in self._specs
        }

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
