"""An error no window caught is shown in Swedish: a full disk as the command line says it."""

from __future__ import annotations

import errno
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from omradesapp.ui import error_boundary


def test_a_full_disk_is_told_in_swedish_and_the_hook_is_put_back(
    qapp,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    before = sys.excepthook
    with error_boundary.error_boundary():
        full = OSError(errno.ENOSPC, "No space left on device")
        sys.excepthook(OSError, full, None)
        sys.excepthook(KeyError, KeyError("x"), None)
    assert sys.excepthook is before
    assert "Disken är full" in shown[0] and "No space" not in shown[0]
    assert shown[1].startswith("Something unexpected went wrong: KeyError")  # sv.ts: Swedish
