"""Work off the UI thread (Op): outcomes arrive on the UI thread, failures as messages."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from omradesapp.store.database import StoreError
from omradesapp.ui import ops
from omradesapp.ui.desk import Desk
from omradesapp.ui.ops import Op, OpChanges

WAIT = 10_000


def test_the_result_arrives_on_the_ui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    worker_threads: list[threading.Thread] = []
    delivered: list[tuple[int, bool]] = []

    def work() -> int:
        worker_threads.append(threading.current_thread())
        return 42

    op = Op(work)
    with qtbot.waitSignal(op.ended, timeout=WAIT):
        op.start(lambda n: delivered.append((n, QThread.currentThread().isMainThread())))
    assert delivered == [(42, True)]
    assert worker_threads and worker_threads[0] is not threading.main_thread()
    assert not op.running and op.error is None


def test_a_failure_is_shown_as_its_message_not_raised(qtbot) -> None:  # type: ignore[no-untyped-def]
    messages: list[str] = []
    successes: list[object] = []

    def refuse() -> None:
        raise StoreError("Databasen är låst av ett annat program.")

    op = Op(refuse)
    with qtbot.waitSignal(op.ended, timeout=WAIT):
        op.start(successes.append, messages.append)
    assert messages == ["Databasen är låst av ett annat program."]
    assert successes == [] and op.error == messages[0]


def test_an_unexpected_error_is_named_by_its_kind(qtbot) -> None:  # type: ignore[no-untyped-def]
    op = Op(lambda: {}["missing"])
    with qtbot.waitSignal(op.failed, timeout=WAIT) as blocker:
        op.start()
    assert blocker.args == ["KeyError: 'missing'"]


def test_progress_arrives_in_order_on_the_ui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, int, bool]] = []

    def count_to_three() -> str:
        for i in range(1, 4):
            op.report(i, 3)
        return "klart"

    op: Op[str] = Op(count_to_three)
    op.progressed.connect(
        lambda done, total: seen.append((done, total, QThread.currentThread().isMainThread()))
    )
    with qtbot.waitSignal(op.succeeded, timeout=WAIT) as blocker:
        op.start()
    assert blocker.args == ["klart"]
    assert seen == [(1, 3, True), (2, 3, True), (3, 3, True)]


def test_quitting_waits_for_ops_in_flight(qtbot) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    written: list[str] = []

    def slow_write() -> None:
        release.wait(5)
        written.append("fil")

    op = Op(slow_write).start()
    assert op.running
    release.set()
    ops.wait_all()
    assert written == ["fil"]
    qtbot.waitUntil(lambda: not op.running, timeout=WAIT)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (OpChanges(entries=True), ["entries"]),
        (OpChanges(workers=True, entries=True), ["org", "entries"]),
        (OpChanges(), []),
    ],
)
def test_changes_refresh_the_views_by_one_signal(qtbot, store, changes, expected) -> None:  # type: ignore[no-untyped-def]
    desk = Desk(store)
    heard: list[str] = []
    desk.entries_changed.connect(lambda: heard.append("entries"))
    desk.org_changed.connect(lambda: heard.append("org"))
    op = Op(lambda: None, changes=changes)
    op.start(lambda _r: ops.announce(desk, op.changes))
    qtbot.waitUntil(lambda: not op.running, timeout=WAIT)
    assert heard == expected
