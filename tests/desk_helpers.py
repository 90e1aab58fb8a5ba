"""Desks that send packages to the unit head: each its own database, worker and unit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from exchange_helpers import entry, new_db

from omradesapp.exchange.package_export import export_package
from omradesapp.exchange.package_merge import import_package
from omradesapp.store import org
from omradesapp.store.database import Store
from omradesapp.store.desks import DESK_UNIT_SETTING
from omradesapp.store.entries import add_entry
from omradesapp.store.opening import open_store


def desk_db(template: Path, folder: Path, worker: str, unit: str) -> Path:
    """A desk of its own device, set up at first start for `worker` at `unit`."""
    path = new_db(template, folder, f"{worker}-{unit}".replace(" ", "_"))
    with open_store(path) as s:
        home = org.unit_by_name(s, unit)
        assert home is not None
        w = org.save_worker(s, org.Worker(0, worker, home.id, True), worker)
        s.set_setting(DESK_UNIT_SETTING, str(home.id))
        s.set_setting(org.DESK_WORKER_SETTING, str(w.id))
    return path


def send(
    head: Store, desk: Path, unit: str, start: str, end: str, folder: Path, day: str = ""
) -> Path:
    """The desk logs a visit (on `day`, else `start`), exports start..end, the head imports."""
    with open_store(desk) as d:
        add_entry(d, entry(d, unit, day or start, adults=1), "desk")
        out = folder / f"{desk.stem}-{start}-{end}.omrpkg"
        export_package(d, out, dt.date.fromisoformat(start), dt.date.fromisoformat(end))
    import_package(head, out, "chef")
    return out
