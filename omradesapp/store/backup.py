"""Copies of the database made with SQLite's backup API, written atomically."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    """Copy the open database to `target` (temp file, fsync, rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    dest = sqlite3.connect(tmp)
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, target)
    return target


def latest(folder: Path) -> Path | None:
    """The newest backup in `folder`, or None."""
    if not folder.is_dir():
        return None
    found = sorted(folder.glob("*.db"), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None
