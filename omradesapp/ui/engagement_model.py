"""A team unit's family engagements as a table: code, assignment, start, hours so far (the
minutes of the entries linked to it), SIP and status."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from omradesapp.domain import codes
from omradesapp.domain.engagement import Engagement
from omradesapp.ui.desk import Desk

COLUMNS = (
    QT_TRANSLATE_NOOP("EngagementModel", "Code"),
    QT_TRANSLATE_NOOP("EngagementModel", "Assignment"),
    QT_TRANSLATE_NOOP("EngagementModel", "Start"),
    QT_TRANSLATE_NOOP("EngagementModel", "Hours"),
    QT_TRANSLATE_NOOP("EngagementModel", "SIP"),
    QT_TRANSLATE_NOOP("EngagementModel", "Status"),
)
HOURS_COLUMN = 3
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Row:
    engagement: Engagement
    minutes: int  # of every entry linked to it, whatever its date


def _tr(text: str) -> str:
    """A column header, translated (its source text is marked in COLUMNS)."""
    return QCoreApplication.translate("EngagementModel", text)


class EngagementModel(QAbstractTableModel):
    """A few hundred rows at most (a team opens some 180 a year): held whole, formatted once."""

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self._rows: list[Row] = []
        self._texts: list[tuple[str, ...]] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [self._format(r) for r in self._rows]
        self.endResetModel()

    def engagement(self, row: int) -> Engagement | None:
        return self._rows[row].engagement if 0 <= row < len(self._rows) else None

    def row_of(self, code: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.engagement.code == code), -1)

    def _format(self, row: Row) -> tuple[str, ...]:
        e = row.engagement
        hours = self.desk.locale.toString(row.minutes / 60, "f", 1)
        if e.sip_date is not None:
            sip = e.sip_date.isoformat()
        elif e.sip_at_start:
            sip = QCoreApplication.translate("EngagementModel", "at start")
        else:
            sip = "–"
        if e.end is None:
            status = QCoreApplication.translate("EngagementModel", "Active")
        else:
            reason = self.desk.label(codes.END_REASONS, e.end_reason) if e.end_reason else ""
            status = QCoreApplication.translate("EngagementModel", "Closed {date}").format(
                date=e.end.isoformat()
            )
            status = f"{status} ({reason})" if reason else status
        return (
            e.code,
            self.desk.label(codes.ASSIGNMENTS, e.assignment),
            e.start.isoformat(),
            hours,
            sip,
            status,
        )

    # -- Qt -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == HOURS_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(str(COLUMNS[section]))
        return None
