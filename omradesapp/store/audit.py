"""The audit log: every change to an entry, a month or the organisation (SPEC §6)."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from omradesapp.store.database import Store

from omradesapp.domain.identity import check_free_text

# The actor of a command run on a database that has no desk worker (never the OS login).
COMMAND_LINE_ACTOR = "kommandoraden"

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass(frozen=True)
class AuditLine:
    id: int
    at: str
    actor: str
    action: str
    entry_id: str | None
    details: dict[str, Any]


def record(
    conn: sqlite3.Connection,
    actor: str,
    action: str,
    entry_id: str | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Write one audit line in the caller's transaction.

    The actor and every text among the details (a file name, a reason) go through
    the identity guard: the log is stored text like any other. Ids are left out:
    random hex spells a valid-looking number too often.
    """
    check_free_text(actor)
    for value in (details or {}).values():
        if isinstance(value, str) and not _UUID.fullmatch(value):
            check_free_text(value)
    conn.execute(
        "INSERT INTO audit(at, actor, action, entry_id, details) VALUES (?, ?, ?, ?, ?)",
        (
            dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            actor,
            action,
            entry_id,
            json.dumps(details or {}, ensure_ascii=False, default=str),
        ),
    )


def read_audit(store: Store, limit: int = 500, before_id: int | None = None) -> list[AuditLine]:
    """The newest audit lines first; page with `before_id`."""
    sql = "SELECT id, at, actor, action, entry_id, details FROM audit"
    args: tuple[Any, ...] = ()
    if before_id is not None:
        sql += " WHERE id < ?"
        args = (before_id,)
    rows = store.conn.execute(sql + " ORDER BY id DESC LIMIT ?", (*args, limit))
    return [AuditLine(r[0], r[1], r[2], r[3], r[4], json.loads(r[5])) for r in rows]
