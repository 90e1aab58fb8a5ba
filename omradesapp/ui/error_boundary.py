"""The desktop app's error boundary: an error no window caught becomes a Swedish message.

A fault of the machine (a full disk, a read-only or locked or damaged file) is told as the
command line tells it (`faults.describe`); anything else is a bug, said plainly. What was
saved stays saved: every write is one transaction, so a failed one changed nothing.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from omradesapp.faults import describe

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def message_for(exc: BaseException) -> str:
    told = describe(exc)
    if told is not None:
        return told
    return QCoreApplication.translate(
        "ErrorBoundary",
        "Something unexpected went wrong: {0}. What was saved before is kept; the last step "
        "may not have been saved. Try again, and restart the app if it happens again.",
    ).format(type(exc).__name__)


def _show(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    traceback.print_exception(kind, exc, tb, file=sys.stderr)  # for whoever reads the log
    if QApplication.instance() is not None:
        title = QCoreApplication.translate("ErrorBoundary", "Områdesappen")
        QMessageBox.warning(QApplication.activeWindow(), title, message_for(exc))


@contextmanager
def error_boundary() -> Iterator[None]:
    """While the app runs, errors that reach the event loop are shown, not lost."""
    saved: Hook = sys.excepthook
    sys.excepthook = _show
    try:
        yield
    finally:
        sys.excepthook = saved
