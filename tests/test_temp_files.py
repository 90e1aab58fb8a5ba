"""The test run keeps its temp files under pytest's temp folder, not the system's."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest


def test_temp_files_go_under_pytests_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    base = tmp_path_factory.getbasetemp()
    assert Path(tempfile.gettempdir()).is_relative_to(base)
    assert Path(os.environ["TMPDIR"]).is_relative_to(base)
    child = subprocess.run(
        [sys.executable, "-c", "import tempfile; print(tempfile.gettempdir())"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(child.stdout.strip()).is_relative_to(base)


def test_the_demo_database_is_made_under_it(tmp_path_factory: pytest.TempPathFactory, qapp) -> None:  # type: ignore[no-untyped-def]
    from omradesapp.ui.demo_start import DemoBuilder

    builder = DemoBuilder(None)
    assert builder.path.is_relative_to(tmp_path_factory.getbasetemp())
