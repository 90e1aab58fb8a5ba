"""The organisation a new database starts with: Linköping's units unless another file is given.

Another municipality replaces all of it with its own JSON file of the same shape
(`omradesapp --org FILE` when the database is created), or later in the admin pages.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from importlib.resources import files
from pathlib import Path
from typing import Any

from omradesapp.domain.names import clean_name


def default_org() -> dict[str, Any]:
    text = files("omradesapp.resources").joinpath("org/linkoping.json").read_text("utf-8")
    return json.loads(text)


def install(conn: sqlite3.Connection, org_file: Path | None = None) -> None:
    """Insert the units and targets of `org_file` (or Linköping's) into a new database."""
    org = json.loads(org_file.read_text("utf-8")) if org_file else default_org()
    year = dt.date.today().year
    ids: dict[str, int] = {}
    for u in org["units"]:
        u["name"] = clean_name(u["name"], "unit", "Enhetens namn")
        cur = conn.execute(
            "INSERT INTO units(name, kind, age_from, age_to, fte, active_from, active_to) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                u["name"],
                u["kind"],
                u.get("age_from"),
                u.get("age_to"),
                float(u.get("fte", 0)),
                u.get("active_from"),
                u.get("active_to"),
            ),
        )
        ids[u["name"]] = int(cur.lastrowid or 0)
    kinds = {u["name"]: u["kind"] for u in org["units"]}
    for t in org.get("targets", []):
        names = (
            [n for n, k in kinds.items() if k == t["unit"][1:]]
            if t["unit"].startswith("*")
            else [t["unit"]]
        )
        for name in names:
            conn.execute(
                "INSERT INTO targets(unit_id, year, figure, value) VALUES (?, ?, ?, ?)",
                (ids[name], t.get("year", year), t["figure"], float(t["per_year"])),
            )
