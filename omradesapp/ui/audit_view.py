"""The audit log in the app: who changed what and when, newest first, fetched a page at a time."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from omradesapp.domain import codes
from omradesapp.domain.swedish import month_label
from omradesapp.reports.sections_detail import COLUMN_NAMES
from omradesapp.store.audit import COMMAND_LINE_ACTOR, AuditLine, read_audit
from omradesapp.store.database import Store
from omradesapp.store.entries import DATA_COLUMNS
from omradesapp.store.org import list_units
from omradesapp.ui.admin_targets import figure_caption
from omradesapp.ui.widgets import name

# Fields whose values are codes, shown by their labels.
_CODE_LISTS = {f.name: f.codes for f in codes.CODED_FIELDS} | {"kind": codes.KINDS}
_MONTH = re.compile(r"\d{4}-\d{2}")
# How target changes were logged: the Target's repr.
_TARGET = re.compile(
    r"Target\(unit_id=(?P<unit>\d+), (?:from_)?year=(?P<year>\d+), figure='(?P<figure>[\w.]+)', "
    r"value=(?P<value>[\d.]+)(?:, per_fte=(?P<per_fte>True|False))?\)"
)


class AuditModel(QAbstractTableModel):
    """Audit lines, newest first; `fetchMore` reads the next page (store.audit.read_audit)."""

    COLUMNS = ("at", "actor", "action", "entry", "details")
    PAGE = 200

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._lines: list[AuditLine] = []
        self._more = True
        self._keys: dict[str, str] | None = None
        self._units: dict[int, str] | None = None
        self.locale = QLocale()
        self._labels = {
            "create": self.tr("Created"),
            "edit": self.tr("Edited"),
            "delete": self.tr("Deleted"),
            "undelete": self.tr("Restored after delete"),
            "import": self.tr("Import"),
            "import_edit": self.tr("Updated by import"),
            "import_delete": self.tr("Deleted by import"),
            "conflict": self.tr("Conflict on import"),
            "export": self.tr("Export"),
            "close_month": self.tr("Month closed"),
            "reopen_month": self.tr("Month reopened"),
            "retention": self.tr("Old notes cleared"),
            "restore": self.tr("Restored from backup"),
            "unit": self.tr("Unit changed"),
            "worker": self.tr("Worker changed"),
            "fte": self.tr("FTE changed"),
            "target": self.tr("Target changed"),
            "label": self.tr("Label changed"),
            "code_added": self.tr("Code added"),
            "code_retired": self.tr("Code retired"),
            "code_restored": self.tr("Code back in use"),
            # Lines written before new and changed templates were told apart.
            "template": self.tr("Template saved"),
            "template_added": self.tr("New template"),
            "template_changed": self.tr("Template changed"),
            "template_removed": self.tr("Template removed"),
            "default_minutes": self.tr("Default durations changed"),
            "comment": self.tr("Report comment changed"),
        }

    def reload(self) -> None:
        self.beginResetModel()
        self._units = None
        self._lines = []
        self._more = True
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        before = self._lines[-1].id if self._lines else None
        page = read_audit(self.store, self.PAGE, before)
        self._more = len(page) == self.PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._lines), len(self._lines) + len(page) - 1)
            self._lines.extend(page)
            self.endInsertRows()

    def _key(self, key: str) -> str:
        if self._keys is None:
            self._keys = {
                "file": self.tr("file"),
                "origin": self.tr("from"),
                "added": self.tr("added"),
                "updated": self.tr("updated"),
                "deleted": self.tr("deleted"),
                "unchanged": self.tr("unchanged"),
                "conflicts": self.tr("conflicts"),
                "month": self.tr("month"),
                "unit_ids": self.tr("units"),
                "reason": self.tr("reason"),
                "notes_cleared": self.tr("notes cleared"),
                "before": self.tr("dated before"),
                "backup": self.tr("backup"),
                "replaced": self.tr("damaged file kept as"),
                "kept": self.tr("kept"),
                "head": self.tr("here"),
                "package": self.tr("package"),
                "kind": self.tr("kind"),
                "date": self.tr("date"),
                "unit": self.tr("unit"),
                "unit_id": self.tr("unit"),
                "worker": self.tr("worker"),
                "worker_id": self.tr("worker"),
                "time": self.tr("time"),
                "minutes": self.tr("minutes"),
                "adults": self.tr("adults"),
                "children": self.tr("children"),
                "evening": self.tr("evening"),
                "template": self.tr("template"),
                "year": self.tr("year"),
                "fte": self.tr("FTE"),
                "set": self.tr("set"),
                "removed": self.tr("removed"),
                "label": self.tr("label"),
                "note": self.tr("note"),
                "partners": self.tr("partners"),
                "category": self.tr("category"),
                "period": self.tr("period"),
                "entries": self.tr("entries"),
                "tombstones": self.tr("deletions"),
                "behind": self.tr("desks behind"),
                **COLUMN_NAMES,
            }
        return self._keys.get(key, key)

    def _unit_name(self, unit_id: Any) -> str:
        if self._units is None:
            self._units = {u.id: u.name for u in list_units(self.store)}
        return self._units.get(unit_id, str(unit_id))

    def details_text(self, details: dict[str, Any]) -> str:
        """An audit line's details as a short sentence: field names and codes in words.

        Never a device number: a package's origin is named by the worker and units that
        sent it (`sender`), or as an unknown desk computer.
        """
        parts = []
        for key, value in details.items():
            if key == "sender" or (key == "list" and "code" in details):
                continue  # told with "origin", and with the label
            if key == "list" and "label" in details:  # a code added or retired: list and label
                parts.append(f"{COLUMN_NAMES.get(str(value), str(value))}: {details['label']}")
                continue
            if key == "label" and "list" in details and "code" not in details:
                continue
            if key in ("set", "removed") and value == "None":
                continue  # a target only set, or only removed
            if key == "origin":
                value = details.get("sender") or self.tr("unknown desk computer")
            elif key == "code" and isinstance(details.get("list"), str):
                parts.append(self._label_change(details["list"], str(value), details.get("label")))
                continue
            elif key == "label" and "code" in details:
                continue
            elif key in ("unit_ids", "unit_id") or (key == "unit" and isinstance(value, int)):
                ids = value if isinstance(value, list) else [value]
                value = ", ".join(self._unit_name(u) for u in ids) or "–"
            elif key == "month" and isinstance(value, str) and _MONTH.fullmatch(value):
                value = month_label(value)
            elif key in ("set", "removed") and isinstance(value, str):
                value = self._target_text(value)
            elif key == "minutes_by_kind" and isinstance(value, dict):
                per_kind = self.tr("{kind} {n} min")
                parts.append(
                    ", ".join(
                        per_kind.format(kind=self._value("kind", k), n=v) for k, v in value.items()
                    )
                )
                continue
            elif key == "kept":
                value = self._key(str(value))
            elif key in _CODE_LISTS and not isinstance(value, list):
                value = self._value(key, value)
            if isinstance(value, list) and len(value) == 2 and key in DATA_COLUMNS:
                old, new = (self._value(key, v) for v in value)
                parts.append(f"{self._key(key)}: {old} → {new}")
            elif isinstance(value, dict):
                inner = ", ".join(
                    f"{self._key(k)} {self._value(k, v)}"
                    for k, v in value.items()
                    if v not in ("", None, False)
                )
                parts.append(f"{self._key(key)}: {inner}")
            else:
                parts.append(f"{self._key(key)}: {value}")
        return "; ".join(parts)

    def _label_change(self, list_name: str, code: str, label: Any) -> str:
        """A renamed code: "Typ av möte: SIP-möte → SIP" (the code itself is never shown)."""
        code_list = next((cl for cl in codes.ALL_LISTS if cl.name == list_name), None)
        default = code_list.label(code) if code_list is not None and code in code_list else code
        title = COLUMN_NAMES.get(list_name, self.tr("label"))
        return f"{title}: {default} → {label or default}"

    def _target_text(self, text: str) -> str:
        """A target as the log stored it ("Target(unit_id=3, …)"), in words; "–" for none."""
        m = _TARGET.fullmatch(text)
        if m is None:
            return "–"
        value = self.locale.toString(float(m["value"]), "f", 1)
        if m["per_fte"] == "True":
            value = self.tr("{value} per FTE").format(value=value)
        return (
            f"{self._unit_name(int(m['unit']))} {m['year']}, {figure_caption(m['figure'])} {value}"
        )

    def _value(self, key: str, value: Any) -> str:
        """A field's value in words: code labels for codes ("a|b" too), a dash for nothing."""
        code_list = _CODE_LISTS.get(key)
        if isinstance(value, str) and code_list is not None and "|" in value:
            value = value.split("|")
        values = value if isinstance(value, list) else [value]
        words = [
            code_list.label(v) if code_list is not None and v in code_list else str(v)
            for v in values
            if v is not None and v != ""
        ]
        return ", ".join(words) or "–"

    def actor_text(self, actor: str) -> str:
        """The worker who did it; the command line in words."""
        return self.tr("Command line") if actor == COMMAND_LINE_ACTOR else actor

    def line(self, row: int) -> AuditLine:
        return self._lines[row]

    def action_label(self, action: str) -> str:
        return self._labels.get(action, action)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        line = self._lines[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "at":
            return _local_time(line.at)
        if column == "actor":
            return self.actor_text(line.actor)
        if column == "action":
            return self.action_label(line.action)
        if column == "entry":
            return (
                # The end of the id: its start is a timestamp, much the same for a day's entries.
                (line.entry_id or "")[-8:] if role == Qt.ItemDataRole.DisplayRole else line.entry_id
            )
        return self.details_text(line.details)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Entry"),
                self.tr("Details"),
            )[section]
        return None


def _local_time(at: str) -> str:
    try:
        return dt.datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return at


class AuditView(QWidget):
    """A page of the main window: the audit log, newest first, with a refresh button."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AuditModel(store, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        name(self.table, self.tr("Audit log"))
        heading = QLabel(self.tr("Every change to entries and months, with who and when."))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignRight)
        self.reload()

    def reload(self) -> None:
        """Show the newest lines again (connect to the main window's change signal)."""
        self.model.reload()
        if self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
