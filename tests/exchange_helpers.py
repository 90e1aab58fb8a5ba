"""Helpers for the export package, month and backup tests: desks with their own device ids."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dbcheck import tally_tables

from omradesapp.domain.entry import Entry
from omradesapp.store.database import Store
from omradesapp.store.opening import open_store
from omradesapp.store.org import unit_by_name


def new_db(template: Path, folder: Path, name: str) -> Path:
    """A fresh database of its own device (copies of one template share a device id)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.db"
    shutil.copy(template, path)
    with open_store(path) as s:
        s.set_setting("device_id", str(uuid.uuid4()))
    return path


def entry(store: Store, unit: str = "Berga", day: str = "2026-10-05", **fields: Any) -> Entry:
    unit_id = unit_by_name(store, unit).id  # type: ignore[union-attr]
    fields.setdefault("kind", "visit")
    return Entry(date=dt.date.fromisoformat(day), unit_id=unit_id, **fields)


def snapshot(store: Store) -> dict[str, list[tuple]]:
    """Everything an import may change, to prove that a refused one changed nothing."""
    tables = {
        "entries": "SELECT * FROM entries ORDER BY id",
        "workers": "SELECT * FROM workers ORDER BY id",
        "package_versions": "SELECT * FROM package_versions ORDER BY 1, 2",
        "closed_months": "SELECT * FROM closed_months ORDER BY 1, 2",
    }
    return {k: store.conn.execute(sql).fetchall() for k, sql in tables.items()} | tally_tables(
        store.conn
    )


def db_snapshot(path: Path) -> dict[str, list[tuple]]:
    with open_store(path, write=False) as s:
        return snapshot(s)


def split(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    data = path.read_bytes()
    head, _, body = data.partition(b"\n")
    return json.loads(head), json.loads(body)


def rewrite(path: Path, mutate: Callable[[dict[str, Any], dict[str, Any]], None]) -> Path:
    """Change a package's header/body and write it with a correct checksum (a forger would)."""
    header, body = split(path)
    mutate(header, body)
    raw = json.dumps(body, ensure_ascii=False).encode()
    header.setdefault("body_bytes", 0)
    if "body_sha256" in header:
        header["body_bytes"] = len(raw)
        header["body_sha256"] = hashlib.sha256(raw).hexdigest()
    line = json.dumps(header, separators=(",", ":")).encode()
    path.write_bytes(line + b"\n" + raw)
    return path
