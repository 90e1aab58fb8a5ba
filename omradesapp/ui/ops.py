"""The one way to run work off the UI thread: `Op`, a function run in a thread pool.

Its outcome arrives on the UI thread: `succeeded(result)` or `failed(message)` (the
exception's message, shown to the user, never raised into Qt's event loop), then
`ended`. The function may call `op.report(done, total)` from its thread; `progressed`
carries that to the UI thread. A writing op carries `OpChanges`, what it changed, so
that the views refresh on one signal once it has succeeded (`announce`).

Every op in flight is known here, so that quitting can wait for them (`wait_all`): a
file being written is finished, a transaction committed or rolled back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal

from omradesapp.ui.desk import Desk

T = TypeVar("T")

_RUNNING: set[Op[Any]] = set()
_POOL: QThreadPool | None = None
POOL_THREADS = 4  # reports, imports and upkeep wait for I/O as much as for the processor


@dataclass(frozen=True)
class OpChanges:
    """What a writing op changed; a view refreshes only for what it shows."""

    entries: bool = False
    months: bool = False
    units: bool = False
    workers: bool = False
    codes: bool = False


def announce(desk: Desk, changes: OpChanges) -> None:
    """Tell every view of the desk what changed (the organisation first: entries show names)."""
    if changes.units or changes.workers or changes.codes:
        desk.org_changed.emit()
    if changes.entries or changes.months:
        desk.entries_changed.emit()


def message_of(error: BaseException) -> str:
    """The text shown for a failed op: our own refusals and bad input speak for themselves."""
    if isinstance(error, ValueError | OSError) or type(error).__module__.startswith("omradesapp"):
        return str(error)
    return f"{type(error).__name__}: {error}"


def shared_pool() -> QThreadPool:
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(POOL_THREADS)
    return _POOL


class Op(QObject, Generic[T]):
    """`fn` run once off the UI thread. Start it with `start`; keep no other reference needed."""

    succeeded = Signal(object)  # T
    failed = Signal(str)
    progressed = Signal(int, int)  # done, total (0: not known)
    ended = Signal()  # after succeeded or failed
    _outcome = Signal(object, object)  # (result, exception), from the worker thread

    def __init__(
        self,
        fn: Callable[[], T],
        *,
        changes: OpChanges | None = None,
        pool: QThreadPool | None = None,
        owner: QObject | None = None,
    ) -> None:
        super().__init__()
        self._fn = fn
        # The widget the outcome is for: if it has been closed and deleted meanwhile,
        # the outcome is dropped instead of reaching callbacks of a widget that is gone.
        self._owner = owner
        self.changes = changes or OpChanges()
        self._pool = pool
        self._done = threading.Event()
        self.error: str | None = None  # the message of a failure
        self.exception: BaseException | None = None  # and what was raised
        self._outcome.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(
        self,
        on_success: Callable[[T], object] | None = None,
        on_failure: Callable[[str], object] | None = None,
    ) -> Op[T]:
        if on_success is not None:
            self.succeeded.connect(on_success)
        if on_failure is not None:
            self.failed.connect(on_failure)
        _RUNNING.add(self)  # kept alive until its outcome has been delivered
        (self._pool or shared_pool()).start(self._run)
        return self

    def report(self, done: int, total: int = 0) -> None:
        """Progress, from the op's own thread (or any)."""
        self.progressed.emit(done, total)

    @property
    def running(self) -> bool:
        return self in _RUNNING

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the function has returned (its outcome may not be delivered yet)."""
        return self._done.wait(timeout)

    def _run(self) -> None:
        try:
            result: object = self._fn()
        except Exception as e:  # noqa: BLE001 - delivered as a message on the UI thread
            self._done.set()
            self._outcome.emit(None, e)
        else:
            self._done.set()
            self._outcome.emit(result, None)

    def _deliver(self, result: object, error: object) -> None:
        _RUNNING.discard(self)
        if self._owner is not None and not shiboken6.isValid(self._owner):
            return
        if isinstance(error, BaseException):
            self.exception = error
            self.error = message_of(error)
            self.failed.emit(self.error)
        else:
            self.succeeded.emit(result)
        self.ended.emit()


class OpOwner(Protocol):
    """A dialog that runs one op at a time: `_task` is the op in flight, or None."""

    _task: Op[Any] | None

    def _failed(self, message: str) -> None: ...

    def _finished(self, op: Op[Any]) -> None: ...


def start_for(owner: OpOwner, fn: Callable[[], T], done: Callable[[T], object]) -> Op[T]:
    """Run `fn` for a dialog: `done(result)` or `owner._failed(message)`, then
    `owner._finished(op)`; `owner._task` is the op meanwhile (its dialog waits for it)."""
    op = Op(fn, owner=owner if isinstance(owner, QObject) else None)
    op.ended.connect(lambda: owner._finished(op))
    owner._task = op
    return op.start(done, owner._failed)


def wait_all(timeout: float | None = None) -> None:
    """Before quitting: let every op in flight finish (a report being saved is written)."""
    for op in list(_RUNNING):
        op.wait(timeout)
