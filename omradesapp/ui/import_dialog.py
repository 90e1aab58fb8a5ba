"""Import of export packages (and CSV files): a preview of every change before anything changes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omradesapp.domain import codes
from omradesapp.exchange.csv_import import ImportResult
from omradesapp.exchange.importer import FileResult, import_files, preview_files
from omradesapp.exchange.package_merge import PackageResult, changed_fields
from omradesapp.store.database import Store
from omradesapp.ui.ops import Op, OpChanges
from omradesapp.ui.widgets import ErrorLabel, name

# An import changes entries, may bring new workers and codes, and may touch closed months.
IMPORT_CHANGES = OpChanges(entries=True, months=True, workers=True, codes=True)
Progress = Callable[[int, int], None]  # (done, total): what the import API reports as it goes


def _per_mille(report: Callable[[int, int], None]) -> Callable[[str, int, int], None]:
    """The reader's progress (file, bytes read, bytes in all) as thousandths: a Qt int has
    32 bits, and a file may hold more bytes than that."""
    return lambda _name, done, total: report(done * 1000 // max(total, 1), 1000)


class PreviewModel(QAbstractTableModel):
    """The changes an import would make, one row each (conflicts: one row per version)."""

    COLUMNS = ("change", "date", "kind", "unit", "details")
    PAGE = 200

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[tuple[str, ...]] = []
        self._shown = 0

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self._all = rows
        self._shown = min(len(rows), self.PAGE)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        more = min(len(self._all), self._shown + self.PAGE)
        self.beginInsertRows(QModelIndex(), self._shown, more - 1)
        self._shown = more
        self.endInsertRows()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._all[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Change"),
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Unit"),
                self.tr("Details"),
            )[section]
        return None


class ImportDialog(QDialog):
    """Choose package files, see what would be added, updated, deleted or in conflict, import."""

    imported = Signal(object)  # OpChanges: what the import changed

    def __init__(self, store: Store, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.actor = actor
        self.paths: list[Path] = []
        self.results: list[FileResult] = []
        self._task: Op[Any] | None = None
        self._ready = False
        self.setWindowTitle(self.tr("Import export packages"))
        self.resize(820, 520)

        self.files = QListWidget()
        self.files.setMaximumHeight(90)
        name(self.files, self.tr("Files to import"))
        choose = QPushButton(self.tr("&Choose files..."))
        choose.clicked.connect(self.choose_files)
        self.take_package = QCheckBox(
            self.tr("Where an entry was changed in two places, take the &package's version")
        )
        self.take_package.toggled.connect(self._start_preview)
        self.summary = QLabel(self.tr("Choose one or more export packages."))
        self.summary.setWordWrap(True)
        self.error = ErrorLabel()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        name(self.table, self.tr("Changes the import would make"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.files, 1)
        top.addWidget(choose, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.take_package)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    # -- choosing and previewing ------------------------------------------------
    def choose_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose export packages"),
            "",
            self.tr("Export packages (*.omrpkg);;CSV files (*.csv);;All files (*)"),
        )
        if chosen:
            self.set_files([Path(p) for p in chosen])

    def set_files(self, paths: Sequence[Path]) -> None:
        """Show the files and start the preview (nothing is written)."""
        self.paths = list(paths)
        self.files.clear()
        self.files.addItems([str(p) for p in self.paths])
        self._start_preview()

    def busy(self) -> bool:
        return self._task is not None

    def _run(
        self,
        fn: Callable[[Progress], Any],
        done: Callable[[Any], None],
        changes: OpChanges | None = None,
    ) -> None:
        """Run `fn(progress)` off the UI thread; the bar is busy until it reports progress."""
        self._ready = False
        self.import_button.setEnabled(False)
        self.take_package.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        op: Op[Any] = Op(lambda: fn(op.report), changes=changes, owner=self)
        op.progressed.connect(self._progressed)
        op.ended.connect(lambda: self._finished(op))
        self._task = op
        op.start(done, self._failed)

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _finished(self, op: Op[Any]) -> None:
        if self._task is op:
            self._task = None
        self.progress.hide()
        self.take_package.setEnabled(True)
        self.import_button.setEnabled(self._ready)

    def _start_preview(self) -> None:
        if not self.paths or self._task is not None:
            return
        self.error.clear_error()
        self.summary.setText(self.tr("Checking the files..."))
        self.model.set_rows([])
        paths, take = list(self.paths), self.take_package.isChecked()
        self._run(
            lambda progress: preview_files(
                self.store, paths, self.actor, take_package=take, progress=_per_mille(progress)
            ),
            self._previewed,
        )

    def _previewed(self, results: list[FileResult]) -> None:
        self.results = results
        rows: list[tuple[str, ...]] = []
        for r in results:
            rows.extend(self._rows(r))
        added, updated, deleted, unchanged, conflicts = _totals(results)
        self.summary.setText(
            self.tr(
                "Added: %1, updated: %2, deleted: %3, unchanged: %4, in conflict: %5. "
                "Nothing has changed yet."
            )
            .replace("%1", QLocale().toString(added))
            .replace("%2", QLocale().toString(updated))
            .replace("%3", QLocale().toString(deleted))
            .replace("%4", QLocale().toString(unchanged))
            .replace("%5", QLocale().toString(conflicts))
        )
        self.model.set_rows(rows)
        self._ready = True  # the import button comes on when the thread has ended

    def _failed(self, message: str) -> None:
        self.error.show_error(message)
        self.summary.setText(self.tr("Nothing was imported."))
        self._ready = False

    # -- rows of the preview ------------------------------------------------------
    def _rows(self, r: FileResult) -> list[tuple[str, ...]]:
        if isinstance(r, ImportResult):
            return [
                (
                    self.tr("Added"),
                    "",
                    "",
                    "",
                    self.tr("%1: %2 rows from a CSV file")
                    .replace("%1", r.file_name)
                    .replace("%2", str(r.added)),
                )
            ]
        rows = []
        for v in r.added:
            rows.append(self._row(self.tr("Added"), r, v.entry, ""))
        for ch in r.updated:
            diff = "; ".join(
                f"{self._caption(k)}: {self._value(k, a) or '–'} → {self._value(k, b) or '–'}"
                for k, (a, b) in changed_fields(r, ch.old.entry, ch.new.entry).items()
            )
            rows.append(self._row(self.tr("Updated"), r, ch.new.entry, diff))
        for ch in r.deleted:
            rows.append(self._row(self.tr("Deleted"), r, ch.old.entry, ""))
        for cf in r.conflicts:
            kept = self.tr("package's version taken") if cf.taken else self.tr("kept")
            deleted = self.tr("deleted")
            here = self._describe(r, cf.head.entry)
            here += f" ({deleted})" if cf.head.deleted_at else ""
            theirs = self._describe(r, cf.package.entry)
            theirs += f" ({deleted})" if cf.package.deleted else ""
            rows.append(self._row(self.tr("Conflict: here"), r, cf.head.entry, f"{here} – {kept}"))
            rows.append(self._row(self.tr("Conflict: package"), r, cf.package.entry, theirs))
        return rows

    def _caption(self, field: str) -> str:
        captions = {
            "date": self.tr("date"),
            "kind": self.tr("kind"),
            "unit": self.tr("unit"),
            "worker": self.tr("worker"),
            "time": self.tr("time"),
            "minutes": self.tr("minutes"),
            "adults": self.tr("adults"),
            "children": self.tr("children"),
            "contact_type": self.tr("case type"),
            "form": self.tr("form"),
            "age_group": self.tr("age group"),
            "topics": self.tr("topics"),
            "meeting_type": self.tr("meeting type"),
            "partners": self.tr("partners"),
            "referral": self.tr("referred to"),
            "group_type": self.tr("group type"),
            "evening": self.tr("evening"),
            "category": self.tr("category"),
        }
        return captions.get(field, field)

    def _value(self, field: str, text: str) -> str:
        """A field's value as the user knows it: code labels, not codes."""
        if not text:
            return ""
        if field == "kind":
            return codes.KINDS.label(text)
        if field == "evening":
            return self.tr("yes") if text == "1" else self.tr("no")
        coded = codes.FIELDS_BY_NAME.get(field)
        if coded is None:
            return text
        return ", ".join(coded.codes.labels.get(c, c) for c in text.split("|"))

    def _describe(self, r: PackageResult, entry: Any) -> str:
        skip = {"kind", "date", "unit"}
        return "; ".join(
            f"{self._caption(k)} {self._value(k, v)}"
            for k, v in r.fields(entry).items()
            if v and k not in skip and not (k == "evening" and v == "0")
        )

    def _row(self, change: str, r: PackageResult, entry: Any, details: str) -> tuple[str, ...]:
        return (
            change,
            entry.date.isoformat(),
            codes.KINDS.label(entry.kind),
            r.unit_names.get(entry.unit_id, ""),
            details or self._describe(r, entry),
        )

    # -- importing ---------------------------------------------------------------
    def do_import(self) -> None:
        if not self.paths or self._task is not None:
            return
        paths, take = list(self.paths), self.take_package.isChecked()
        self.summary.setText(self.tr("Importing..."))
        self._run(
            lambda progress: import_files(
                self.store, paths, self.actor, take_package=take, progress=_per_mille(progress)
            ),
            self._imported,
            IMPORT_CHANGES,
        )

    def done(self, result: int) -> None:
        # A running preview or import finishes first: it holds the database's transaction.
        if self._task is not None:
            self._task.wait()
        super().done(result)

    def _imported(self, results: list[FileResult]) -> None:
        self.results = results
        self.imported.emit(IMPORT_CHANGES)
        self.accept()

    def outcome(self) -> str:
        """What the import did, for the status bar once the dialog has closed."""
        added, updated, deleted, _unchanged, conflicts = _totals(self.results)
        return (
            self.tr("Imported: %1 added, %2 updated, %3 deleted, %4 in conflict.")
            .replace("%1", QLocale().toString(added))
            .replace("%2", QLocale().toString(updated))
            .replace("%3", QLocale().toString(deleted))
            .replace("%4", QLocale().toString(conflicts))
        )


def _counts(r: FileResult) -> list[int]:
    if isinstance(r, PackageResult):
        return [len(r.added), len(r.updated), len(r.deleted), r.unchanged, len(r.conflicts)]
    return [r.added, 0, 0, r.unchanged, 0]


def _totals(results: list[FileResult]) -> list[int]:
    """Added, updated, deleted, unchanged and in conflict, over all files."""
    return [sum(column) for column in zip(*map(_counts, results), strict=True)] or [0] * 5
