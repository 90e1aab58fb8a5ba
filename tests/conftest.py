"""Shared fixtures: offscreen Qt, a fresh database per test, no real home directory, and no
files left in the system's temp folder (pytest prunes its own temp folders)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from omradesapp.exchange.csv_import import import_csv  # noqa: E402
from omradesapp.store.database import Store
from omradesapp.store.opening import open_store  # noqa: E402


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs would resolve to the real home directory: point it at the test's folder."""
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture(scope="session", autouse=True)
def _private_temp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Temp files of the app and of the commands the tests start (demo databases, atomic
    writes, benchmarks' folders) go under pytest's base temp folder, which pytest prunes,
    instead of piling up in the system's."""
    folder = tmp_path_factory.mktemp("tmp")
    runtime = tmp_path_factory.mktemp("runtime")
    runtime.chmod(0o700)  # Qt wants its runtime folder private
    saved = {k: os.environ.get(k) for k in ("TMPDIR", "XDG_RUNTIME_DIR")}
    os.environ["TMPDIR"] = str(folder)  # subprocesses
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    saved_tempdir, tempfile.tempdir = tempfile.tempdir, str(folder)  # this process
    yield folder
    tempfile.tempdir = saved_tempdir
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database with the default organisation, made once and copied per test."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    open_store(path).close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "omradesapp.db"
    shutil.copy(template_db, path)
    return path


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = open_store(db_path)
    yield s
    s.close()


@pytest.fixture
def october(store: Store) -> Store:
    """tests/data/october.csv imported: the figures test_figures.py spells out."""
    import_csv(store, Path(__file__).parent / "data" / "october.csv", "test")
    return store


@pytest.fixture
def window(qtbot, store: Store):  # type: ignore[no-untyped-def]
    """The desk's window, set up for a worker of the first unit (the UI tests' start)."""
    from ui_support import configure, open_window  # Qt only for the tests that use it

    configure(store)
    return open_window(qtbot, store)
