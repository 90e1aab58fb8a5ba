"""Recurring templates: a named set of entry fields, logged per occurrence in one action."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from omradesapp.domain import codes
from omradesapp.domain.entry import Entry, entry_from, validate
from omradesapp.domain.names import clean_name
from omradesapp.domain.schedule import parse_schedule
from omradesapp.store.audit import record
from omradesapp.store.codebook import code_book
from omradesapp.store.database import Store

# What a template keeps: an entry's fields but its occasion (id, date) and free text.
TEMPLATE_FIELDS = frozenset(f.name for f in dataclasses.fields(Entry)) - {"id", "date", "note"}


@dataclass(frozen=True)
class Template:
    id: int
    name: str
    kind: str
    fields: dict[str, Any]
    schedule: str | None = None  # domain.schedule text, e.g. "2w:2026-11-24"

    def due_on(self, day: dt.date) -> bool:
        plan = parse_schedule(self.schedule)
        return plan is not None and plan.due_on(day)


def list_templates(store: Store) -> list[Template]:
    """Every template, of every kind, by name."""
    rows = store.conn.execute(
        "SELECT id, name, kind, fields, schedule FROM templates ORDER BY name COLLATE NOCASE"
    )
    return [Template(r[0], r[1], r[2], json.loads(r[3]), r[4]) for r in rows]


def save_template(store: Store, template: Template, actor: str) -> Template:
    """Insert (id 0) or update a template; a name is unique within its kind.

    The fields are those of an entry without its occasion and free text: they must
    make a valid entry (codes, counts), and a template never holds a note.
    """
    name = clean_name(template.name, "name", "Mallens namn")
    if template.kind not in codes.KINDS:
        raise ValueError(f"Okänd typ av post: {template.kind!r}.")
    unknown = set(template.fields) - TEMPLATE_FIELDS
    if unknown:
        raise ValueError(f"En mall kan inte hålla {', '.join(sorted(unknown))}.")
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in template.fields.items()}
    validate(
        entry_from({**values, "kind": template.kind, "date": dt.date.today()}), code_book(store)
    )
    parse_schedule(template.schedule)
    fields = json.dumps(template.fields, ensure_ascii=False, sort_keys=True)
    with store.transaction() as c:
        other = c.execute(
            "SELECT id FROM templates WHERE name = ? COLLATE NOCASE AND kind = ? AND id != ?",
            (name, template.kind, template.id),
        ).fetchone()
        if other:
            raise ValueError(f"Det finns redan en mall som heter {name}; välj ett annat namn.")
        tid = template.id
        action = "template_changed" if tid else "template_added"
        if tid:
            c.execute(
                "UPDATE templates SET name = ?, kind = ?, fields = ?, schedule = ? WHERE id = ?",
                (name, template.kind, fields, template.schedule, tid),
            )
        else:
            cur = c.execute(
                "INSERT INTO templates(name, kind, fields, schedule) VALUES (?, ?, ?, ?)",
                (name, template.kind, fields, template.schedule),
            )
            tid = int(cur.lastrowid or 0)
        record(c, actor, action, None, {"template": name, "kind": template.kind})
    return Template(tid, name, template.kind, dict(template.fields), template.schedule)


def delete_template(store: Store, template_id: int, actor: str) -> None:
    with store.transaction() as c:
        row = c.execute("SELECT name, kind FROM templates WHERE id = ?", (template_id,)).fetchone()
        if row is None:
            return
        c.execute("DELETE FROM templates WHERE id = ?", (template_id,))
        record(c, actor, "template_removed", None, {"template": row[0], "kind": row[1]})
