"""The organisation a new database starts with: Linköping's units unless another file is given.

Another municipality replaces all of it with its own JSON file of the same shape
(`omradesapp --org FILE` when the database is created), or later in the admin pages.
The whole file is checked before anything is written, so a bad file leaves no database.

Besides `units`, the file has `targets` (`unit` by name or `*kind`, `figure` as in the
report JSON, e.g. `meetings_by_type.steering_group`, and either `per_year` or `per_fte`
(per årsarbetare and year), optionally `from_year`), `codes` (the municipality's own:
`list`, Swedish `label`, optional `key`, and `split` for meeting types and time
categories) and `retired` (`list`, `code`: codes that leave the forms).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import sqlite3
from importlib.resources import files
from pathlib import Path
from typing import Any, TypeGuard

from omradesapp.domain.codebook import BUILT_IN, CodeBook
from omradesapp.domain.entry import ValidationError
from omradesapp.domain.names import clean_name
from omradesapp.domain.report_figures import known_figure
from omradesapp.store.codebook import check_code, insert_code, mark_retired, read_book
from omradesapp.store.org import UNIT_KINDS, Target, insert_target

_UNIT_KEYS = {"name", "kind", "age_from", "age_to", "fte", "active_from", "active_to"}
_TARGET_KEYS = {"unit", "figure", "per_year", "per_fte", "from_year", "year"}


class OrgError(ValueError):
    """The organisation file cannot be used; the message says where and why (Swedish)."""


def default_org() -> dict[str, Any]:
    text = files("omradesapp.resources").joinpath("org/linkoping.json").read_text("utf-8")
    org: dict[str, Any] = json.loads(text)
    return org


def load_org(path: Path) -> dict[str, Any]:
    """The organisation in `path`, checked whole; OrgError names the first fault."""
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise OrgError(f"Organisationsfilen {path} finns inte.") from None
    except IsADirectoryError:
        raise OrgError(f"Organisationsfilen {path} är en mapp, inte en fil.") from None
    except UnicodeDecodeError:
        raise OrgError(f"Organisationsfilen {path} är inte UTF-8-text.") from None
    try:
        org = json.loads(text)
    except json.JSONDecodeError as e:
        raise OrgError(
            f"Organisationsfilen {path} är inte giltig JSON (rad {e.lineno}, kolumn {e.colno})."
        ) from None
    try:
        check_org(org)
    except OrgError as e:
        raise OrgError(f"Organisationsfilen {path}: {e}") from None
    return dict(org)


def _number(value: Any) -> TypeGuard[float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _name(value: Any, where: str, what: str) -> str:
    if not isinstance(value, str):
        raise OrgError(f"{where}: namnet saknas eller är ingen text.")
    try:
        return clean_name(value, "name", what)
    except ValidationError as e:
        raise OrgError(f"{where}: {e.message}") from None


def _check_unit(number: int, unit: Any) -> str:
    where = f"enhet {number}"
    if not isinstance(unit, dict):
        raise OrgError(f"{where} är inget objekt med namn och typ.")
    unknown = sorted(set(unit) - _UNIT_KEYS)
    if unknown:
        raise OrgError(f"{where}: okänt fält {unknown[0]!r}.")
    name = _name(unit.get("name"), where, "Enhetens namn")
    where = f"enhet {number} ({name})"
    if unit.get("kind") not in UNIT_KINDS:
        raise OrgError(
            f"{where}: okänd typ {unit.get('kind')!r}; välj en av {', '.join(UNIT_KINDS)}."
        )
    fte = unit.get("fte", 0)
    if not _number(fte) or fte < 0:
        raise OrgError(f"{where}: årsarbetare (fte) ska vara ett tal, 0 eller mer, inte {fte!r}.")
    for key in ("age_from", "age_to"):
        value = unit.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise OrgError(f"{where}: {key} ska vara ett heltal.")
    for key in ("active_from", "active_to"):
        value = unit.get(key)
        if value is not None:
            try:
                dt.date.fromisoformat(value)
            except (TypeError, ValueError):
                raise OrgError(f"{where}: {key} ska vara ett datum ÅÅÅÅ-MM-DD.") from None
    return name


def _check_target(number: int, target: Any, kinds: dict[str, str], book: CodeBook) -> None:
    where = f"mål {number}"
    if not isinstance(target, dict):
        raise OrgError(f"{where} är inget objekt med enhet, mått och värde.")
    unknown = sorted(set(target) - _TARGET_KEYS)
    if unknown:
        raise OrgError(f"{where}: okänt fält {unknown[0]!r}.")
    unit = target.get("unit")
    if isinstance(unit, str) and unit.startswith("*"):
        if unit[1:] not in UNIT_KINDS:
            raise OrgError(f"{where}: okänd typ av enhet {unit!r}.")
    elif _name(unit, where, "Enhetens namn").casefold() not in kinds:
        raise OrgError(f"{where}: enheten {unit!r} finns inte bland enheterna i filen.")
    if not known_figure(target.get("figure"), book):
        raise OrgError(f"{where}: okänt mått {target.get('figure')!r}.")
    given = [k for k in ("per_year", "per_fte") if k in target]
    if len(given) != 1:
        raise OrgError(f"{where}: ange antingen per_year (per år) eller per_fte (per årsarbetare).")
    value = target[given[0]]
    if not _number(value) or value < 0:
        raise OrgError(f"{where}: {given[0]} ska vara ett tal, 0 eller mer, inte {value!r}.")
    year = target.get("from_year", target.get("year"))
    if year is not None and (not isinstance(year, int) or not 1900 <= year <= 9999):
        raise OrgError(f"{where}: from_year ska vara ett årtal.")


def _check_codes(org: dict[str, Any]) -> CodeBook:
    """The code book the file's own codes and retirements make; OrgError names a fault."""
    added = org.get("codes", [])
    if not isinstance(added, list):
        raise OrgError("codes (egna koder) ska vara en lista.")
    book = CodeBook()
    for number, item in enumerate(added, start=1):
        where = f"kod {number}"
        if not isinstance(item, dict) or not isinstance(item.get("list"), str):
            raise OrgError(f"{where} är inget objekt med lista och etikett.")
        unknown = sorted(set(item) - {"list", "label", "key", "split"})
        if unknown:
            raise OrgError(f"{where}: okänt fält {unknown[0]!r}.")
        if not isinstance(item.get("label"), str):
            raise OrgError(f"{where}: etiketten saknas eller är ingen text.")
        try:
            code = check_code(book, item["list"], item["label"], item.get("key"), item.get("split"))
        except ValueError as e:
            raise OrgError(f"{where}: {e}") from None
        book = CodeBook((*book.added, code))
    retired = org.get("retired", [])
    if not isinstance(retired, list):
        raise OrgError("retired (koder som inte används längre) ska vara en lista.")
    gone: set[tuple[str, str]] = set()
    for number, item in enumerate(retired, start=1):
        where = f"kod som inte används längre {number}"
        list_name = item.get("list") if isinstance(item, dict) else None
        base = BUILT_IN.get(list_name) if isinstance(list_name, str) else None
        if base is None or item.get("code") not in book.code_list(base):
            raise OrgError(f"{where}: ingen känd lista och kod ({item!r:.60}).")
        gone.add((item["list"], item["code"]))
    return CodeBook(book.added, frozenset(gone))


def check_org(org: Any) -> None:
    """Raise OrgError unless `org` is a whole, sound organisation."""
    if not isinstance(org, dict):
        raise OrgError("filen ska vara ett JSON-objekt med listan units.")
    units = org.get("units")
    if not isinstance(units, list):
        raise OrgError("listan units (enheterna) saknas.")
    if not units:
        raise OrgError("listan units är tom; minst en enhet behövs.")
    kinds: dict[str, str] = {}
    for number, unit in enumerate(units, start=1):
        name = _check_unit(number, unit)
        if name.casefold() in kinds:
            raise OrgError(f"enhet {number}: enheten {name} finns redan i filen.")
        kinds[name.casefold()] = unit["kind"]
    book = _check_codes(org)
    targets = org.get("targets", [])
    if not isinstance(targets, list):
        raise OrgError("targets (målen) ska vara en lista.")
    for number, target in enumerate(targets, start=1):
        _check_target(number, target, kinds, book)


def install(conn: sqlite3.Connection, org_file: Path | None = None) -> None:
    """Insert the units, codes and targets of `org_file` (or Linköping's) into a new database.

    A target without `from_year` holds from the year the database is made.
    """
    org = load_org(org_file) if org_file else default_org()
    year = dt.date.today().year
    ids: dict[str, int] = {}
    kinds: dict[str, str] = {}
    for u in org["units"]:
        name = clean_name(u["name"], "unit", "Enhetens namn")
        cur = conn.execute(
            "INSERT INTO units(name, kind, age_from, age_to, fte, active_from, active_to) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                name,
                u["kind"],
                u.get("age_from"),
                u.get("age_to"),
                float(u.get("fte", 0)),
                u.get("active_from"),
                u.get("active_to"),
            ),
        )
        ids[name.casefold()] = int(cur.lastrowid or 0)
        kinds[name.casefold()] = u["kind"]
    for c in org.get("codes", []):
        code = check_code(read_book(conn), c["list"], c["label"], c.get("key"), c.get("split"))
        insert_code(conn, code)
    for r in org.get("retired", []):
        mark_retired(conn, r["list"], r["code"], True)
    for t in org.get("targets", []):
        unit = t["unit"].strip()
        keys = (
            [k for k, kind in kinds.items() if kind == unit[1:]]
            if unit.startswith("*")
            else [unit.casefold()]
        )
        per_fte = "per_fte" in t
        value = float(t["per_fte"] if per_fte else t["per_year"])
        first = t.get("from_year", t.get("year", year))
        for key in keys:
            insert_target(conn, Target(ids[key], first, t["figure"], value, per_fte))
