"""The unit head's comment: a short text per unit and month, printed under that unit's figures.

The identity guard applies as to every stored text; an empty text removes the comment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from omradesapp.domain.identity import check_free_text
from omradesapp.store.audit import record
from omradesapp.store.database import Store, now_iso

MAX_COMMENT = 300
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


class CommentError(ValueError):
    """A comment that cannot be stored; the message is Swedish and names what is wrong."""


def set_comment(store: Store, month: str, unit_id: int, text: str, actor: str) -> None:
    """Store (or, with an empty text, remove) the comment on a unit's month.

    Raises CommentError (too long, unknown unit, a bad month) or the identity guard's
    IdentityError; nothing is then changed.
    """
    text = " ".join(text.split())
    if not _MONTH.fullmatch(month):
        raise CommentError(f"Månaden {month!r} ska skrivas ÅÅÅÅ-MM.")
    if len(text) > MAX_COMMENT:
        raise CommentError(f"Kommentaren har {len(text)} tecken; den får ha högst {MAX_COMMENT}.")
    check_free_text(text)
    with store.transaction() as c:
        if c.execute("SELECT 1 FROM units WHERE id = ?", (unit_id,)).fetchone() is None:
            raise CommentError("Enheten finns inte.")
        if text:
            c.execute(
                "INSERT INTO unit_comments(month, unit_id, text, written_at, written_by) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(month, unit_id) DO UPDATE SET "
                "text = excluded.text, written_at = excluded.written_at, "
                "written_by = excluded.written_by",
                (month, unit_id, text, now_iso(), actor),
            )
        else:
            c.execute("DELETE FROM unit_comments WHERE month = ? AND unit_id = ?", (month, unit_id))
        # The text itself stays out of the log: the comment is where it belongs.
        record(c, actor, "comment", None, {"month": month, "unit_id": unit_id})


def comment(store: Store, month: str, unit_id: int) -> str:
    """The comment on a unit's month, or '' where there is none."""
    row = store.conn.execute(
        "SELECT text FROM unit_comments WHERE month = ? AND unit_id = ?", (month, unit_id)
    ).fetchone()
    return str(row[0]) if row else ""


def comments_in(
    store: Store, first: str, last: str, unit_ids: Sequence[int] = ()
) -> dict[tuple[str, int], str]:
    """(month, unit_id) -> comment for the months first..last ('YYYY-MM'), optionally for
    some units."""
    sql = "SELECT month, unit_id, text FROM unit_comments WHERE month BETWEEN ? AND ?"
    args: list[object] = [first, last]
    if unit_ids:
        sql += f" AND unit_id IN ({', '.join('?' * len(unit_ids))})"
        args.extend(unit_ids)
    return {(r[0], r[1]): r[2] for r in store.conn.execute(sql + " ORDER BY month", args)}
