"""The desk's shared state: the open store, who and where I am, and the change signals."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QUndoStack

from omradesapp.domain import codes
from omradesapp.domain.codebook import DEFAULT_BOOK
from omradesapp.store import org
from omradesapp.store.codebook import code_book
from omradesapp.store.database import Store
from omradesapp.store.desks import DESK_UNIT_SETTING

UNIT_SETTING = DESK_UNIT_SETTING
WORKER_SETTING = "desk_worker"


class Desk(QObject):
    """What every view of one window shares. Views refresh on `entries_changed`."""

    entries_changed = Signal()
    org_changed = Signal()
    message = Signal(str)  # a confirmation or an error for the status bar

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.locale = QLocale()
        self._units: list[org.Unit] = []
        self._workers: list[org.Worker] = []
        self._labels: dict[tuple[str, str], str] = {}
        self.book = DEFAULT_BOOK
        self.reload_org()
        self.org_changed.connect(self.reload_org)

    # -- who and where --------------------------------------------------
    @property
    def unit_id(self) -> int | None:
        value = self.store.setting(UNIT_SETTING)
        return int(value) if value else None

    @property
    def worker_id(self) -> int | None:
        value = self.store.setting(WORKER_SETTING)
        return int(value) if value else None

    @property
    def configured(self) -> bool:
        return self.unit_id is not None and self.worker_id is not None

    def set_me(self, unit_id: int, worker_id: int) -> None:
        with self.store.transaction():
            self.store.set_setting(UNIT_SETTING, str(unit_id))
            self.store.set_setting(WORKER_SETTING, str(worker_id))

    @property
    def actor(self) -> str:
        """Who the audit log names: this desk's worker (initials), else the device."""
        return self.worker_name(self.worker_id) or "desk"

    # -- organisation ---------------------------------------------------
    def reload_org(self) -> None:
        self._units = org.list_units(self.store)
        self._workers = org.list_workers(self.store, include_inactive=True)
        self._labels = org.labels(self.store)
        self.book = code_book(self.store)

    def units(self) -> list[org.Unit]:
        return list(self._units)

    def workers(self, active_only: bool = True) -> list[org.Worker]:
        return [w for w in self._workers if w.active or not active_only]

    def unit_name(self, unit_id: int | None) -> str:
        return next((u.name for u in self._units if u.id == unit_id), "")

    def worker_name(self, worker_id: int | None) -> str:
        return next((w.name for w in self._workers if w.id == worker_id), "")

    def label(self, code_list: codes.CodeList, code: str) -> str:
        """A code's label: the municipality's own name for it, else the default."""
        # Referrals point at the partner organisations, so they share the partners' labels.
        list_name = "partners" if code_list.name == "referral" else code_list.name
        return self._labels.get((list_name, code)) or self.book.code_list(code_list).labels.get(
            code, code
        )

    def items(self, code_list: codes.CodeList, retired_too: bool = False) -> list[tuple[str, str]]:
        """A list's codes and labels, the municipality's own included; retired ones only
        with `retired_too` (filters over history), never in a form."""
        chosen = (
            self.book.code_list(code_list).codes if retired_too else self.book.active(code_list)
        )
        return [(c, self.label(code_list, c)) for c in chosen]
