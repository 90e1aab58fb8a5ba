"""Saving, editing and deleting entries: one service call per user action, undoable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand

from omradesapp.domain.entry import Entry, ValidationError
from omradesapp.store import entries
from omradesapp.store.database import StoreError
from omradesapp.ui.desk import Desk


class _EntryCommand(QUndoCommand):
    """The first redo has already been done by the caller (so a refusal never reaches the stack)."""

    def __init__(self, desk: Desk, text: str) -> None:
        super().__init__(text)
        self.desk = desk
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self.do, QCoreApplication.translate("EntryActions", "Redone: {what}."))

    def undo(self) -> None:
        self._run(self.undo_it, QCoreApplication.translate("EntryActions", "Undone: {what}."))

    def _run(self, step: Callable[[], None], done: str) -> None:
        """Run a step; say it was done (replacing "undo with Ctrl+Z") or why it was refused."""
        try:
            step()
        except (StoreError, ValidationError) as e:
            self.desk.message.emit(str(e))
            # The steps around this one no longer match what is stored (a closed month, an
            # entry changed elsewhere): replaying them could bring back an old version of an
            # entry. So the whole history goes, once Qt has finished with this step.
            QTimer.singleShot(0, self.desk.undo_stack.clear)
            return
        self.desk.entries_changed.emit()
        self.desk.message.emit(done.format(what=self.text()))

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError


class AddCommand(_EntryCommand):
    def __init__(self, desk: Desk, entry: Entry) -> None:
        super().__init__(desk, QCoreApplication.translate("EntryActions", "Log entry"))
        self.entry = entry

    def do(self) -> None:
        entries.undelete_entry(self.desk.store, self.entry, self.desk.actor)

    def undo_it(self) -> None:
        entries.delete_entry(self.desk.store, self.entry.id, self.desk.actor)


class EditCommand(_EntryCommand):
    def __init__(self, desk: Desk, old: Entry, new: Entry) -> None:
        super().__init__(desk, QCoreApplication.translate("EntryActions", "Edit entry"))
        self.old, self.new = old, new

    def do(self) -> None:
        entries.update_entry(self.desk.store, self.new, self.desk.actor)

    def undo_it(self) -> None:
        entries.update_entry(self.desk.store, self.old, self.desk.actor)


class DeleteCommand(_EntryCommand):
    def __init__(self, desk: Desk, old: Entry) -> None:
        super().__init__(desk, QCoreApplication.translate("EntryActions", "Delete entry"))
        self.old = old

    def do(self) -> None:
        entries.delete_entry(self.desk.store, self.old.id, self.desk.actor)

    def undo_it(self) -> None:
        entries.undelete_entry(self.desk.store, self.old, self.desk.actor)


def add(desk: Desk, entry: Entry) -> Entry:
    """Save a new entry; raises ValidationError/StoreError (nothing saved) on refusal."""
    saved = entries.add_entry(desk.store, entry, desk.actor)
    desk.undo_stack.push(AddCommand(desk, saved))
    desk.entries_changed.emit()
    return saved


def edit(desk: Desk, new: Entry) -> Entry:
    old = entries.get_entry(desk.store, new.id).entry
    saved = entries.update_entry(desk.store, new, desk.actor)
    desk.undo_stack.push(EditCommand(desk, old, saved))
    desk.entries_changed.emit()
    return saved


def delete(desk: Desk, entry_id: str) -> Entry:
    old = entries.get_entry(desk.store, entry_id).entry
    entries.delete_entry(desk.store, entry_id, desk.actor)
    desk.undo_stack.push(DeleteCommand(desk, old))
    desk.entries_changed.emit()
    return old
