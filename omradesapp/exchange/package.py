"""Reading export packages (SPEC §6): each file checked whole before any use.

The format is described in docs/package-format.md: a one-line JSON header
with the format version, the body's length and its SHA-256, then the JSON
body with the origin device, the schema version and the entries (deleted ones
as tombstones). Notes never travel (SPEC §7).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from omradesapp.domain.entry import Entry, ValidationError, validate
from omradesapp.domain.names import clean_name
from omradesapp.exchange.refusal import MAX_LISTED, FileRefused, Problem
from omradesapp.store import schema
from omradesapp.store.database import Store
from omradesapp.store.org import list_units, list_workers
from omradesapp.store.packages import Version

FORMAT = "omradesapp.package"
FORMAT_VERSION = 1
SUFFIX = ".omrpkg"
MAGIC = b'{"format":"omradesapp.package"'
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_ENTRIES = 200_000

_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(\+00:00|Z)?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# Record keys with the JSON type each must have (None always allowed for the optional ones).
_STR = ("kind", "date", "unit", "worker", "time", "contact_type", "form", "age_group",
        "meeting_type", "group_type", "category", "id", "created_at", "updated_at",
        "deleted_at", "device")  # fmt: skip
_INT = ("minutes", "adults", "children")
LIST_KEYS = ("topics", "partners", "referral")
_REQUIRED = ("id", "kind", "date", "unit", "created_at", "updated_at", "device")
NewWorker = Callable[[str, int], int]
RECORD_KEYS = frozenset((*_STR, *_INT, *LIST_KEYS, "evening"))


class PackageError(FileRefused):
    """A package was refused; nothing was written. The message names file, entry and field."""

    place_word = "post"
    field_word = "fält"
    refused = "paketet importerades inte."


@dataclass(frozen=True)
class IncomingEntry:
    """One entry read from a package: its position in the package (from 1) and its version."""

    number: int
    version: Version


MAX_SENDER_UNITS = 3  # a package of more units is the unit head's own export


@dataclass
class Package:
    file_name: str
    origin: str
    schema_version: int
    exported_at: str
    period: tuple[dt.date, dt.date]
    entries: list[IncomingEntry] = field(default_factory=list)
    sender: str = ""  # "AB, Berga": the exporting desk's worker and units; "" if not told


def looks_like_package(path: Path) -> bool:
    """Whether `path` is meant as a package (by its name or its first bytes), not as a CSV."""
    if path.suffix.lower() == SUFFIX:
        return True
    try:
        with open(path, "rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _refuse(name: str, message: str) -> PackageError:
    return PackageError(name, [], f"{name}: {message} Ingenting importerades.")


def read_body(path: Path) -> dict[str, Any]:
    """Check header, size and checksum; return the parsed body. Raises PackageError."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _refuse(
                name,
                f"filen är för stor för ett exportpaket ({size // 1_048_576} MiB; högst "
                f"{MAX_FILE_BYTES // 1_048_576} MiB).",
            )
        data = path.read_bytes()
    except OSError as e:
        raise _refuse(name, f"filen kan inte läsas ({e.strerror}).") from None
    newline = data.find(b"\n", 0, 1024)
    header: Any = None
    if data.startswith(MAGIC) and newline > 0:
        try:
            header = json.loads(data[:newline].decode("ascii"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            header = None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise _refuse(name, "filen är inget exportpaket från Områdesappen.")
    version = header.get("format_version")
    if version != FORMAT_VERSION:
        raise _refuse(
            name,
            f"paketet har formatversion {version!r}; den här versionen av Områdesappen "
            f"läser version {FORMAT_VERSION}.",
        )
    expected, checksum = header.get("body_bytes"), header.get("body_sha256")
    if (
        not isinstance(expected, int)
        or isinstance(expected, bool)
        or not isinstance(checksum, str)
        or not _HEX64.match(checksum)
    ):
        raise _refuse(name, "paketets rubrik är skadad (längd eller kontrollsumma saknas).")
    body = data[newline + 1 :]
    if len(body) < expected:
        raise _refuse(
            name, f"paketet är avkortat: {len(body)} av {expected} byte finns. Exportera igen."
        )
    if len(body) > expected:
        raise _refuse(name, "paketet har data efter sitt slut; det har ändrats efter exporten.")
    if hashlib.sha256(body).hexdigest() != checksum:
        raise _refuse(
            name, "kontrollsumman stämmer inte: paketet har ändrats eller skadats efter exporten."
        )
    try:
        parsed = json.loads(body.decode("utf-8"))
    except (ValueError, RecursionError) as e:  # bad UTF-8 or JSON, absurd nesting or numbers
        raise _refuse(name, f"paketets innehåll är ingen giltig JSON ({e}).") from None
    if not isinstance(parsed, dict):
        raise _refuse(name, "paketets innehåll har fel form.")
    return parsed


def _date(value: Any) -> dt.date:
    if not isinstance(value, str) or not _DATE.match(value):
        raise ValueError
    return dt.date.fromisoformat(value)


def _worker_id(
    name: str | None,
    unit_id: int,
    workers: dict[str, int | None],
    new_worker: NewWorker | None,
) -> int | None:
    if name is None:
        return None
    key = name.casefold()
    if key not in workers:
        workers[key] = new_worker(name, unit_id) if new_worker is not None else None
    return workers[key]


def _is_uuid(value: Any) -> bool:
    try:
        uuid.UUID(value)
    except (ValueError, AttributeError, TypeError):
        return False
    return True


def read_package(path: Path, store: Store, new_worker: NewWorker | None = None) -> Package:
    """Read and check a whole package against this database's units. Raises PackageError.

    `new_worker(name, unit_id)` gives the id of a worker this database does not know
    yet (the merge creates them, in its transaction); without it such entries get none.
    """
    name = path.name
    body = read_body(path)
    sv = body.get("schema_version")
    if not isinstance(sv, int) or isinstance(sv, bool) or sv < 1:
        raise _refuse(name, f"paketets schemaversion {sv!r} är ogiltig.")
    if sv > schema.SCHEMA_VERSION:
        raise _refuse(
            name,
            f"paketet är skrivet av en nyare version av Områdesappen (schema {sv}; den här "
            f"versionen förstår {schema.SCHEMA_VERSION}).",
        )
    origin, exported = body.get("origin"), body.get("exported_at")
    if not _is_uuid(origin):
        raise _refuse(name, "paketets ursprungsenhet (origin) saknas eller är ogiltig.")
    if not isinstance(exported, str) or not _TIMESTAMP.match(exported):
        raise _refuse(name, "paketets exporttid (exported_at) är ogiltig.")
    period = body.get("period")
    try:
        if not isinstance(period, dict):
            raise ValueError
        start, end = _date(period.get("from")), _date(period.get("to"))
    except ValueError:
        raise _refuse(name, "paketets period saknas eller är ogiltig.") from None
    records = body.get("entries")
    if not isinstance(records, list):
        raise _refuse(name, "paketet saknar listan med poster.")
    if len(records) > MAX_ENTRIES:
        raise _refuse(name, f"paketet har {len(records)} poster; högst {MAX_ENTRIES} går.")
    package = Package(name, str(origin), sv, exported, (start, end), sender=_sender(body))
    units = {u.name.casefold(): u.id for u in list_units(store)}
    known: dict[str, int | None] = {
        w.name.casefold(): w.id for w in list_workers(store, include_inactive=True)
    }
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for number, rec in enumerate(records, start=1):
        try:
            incoming = _parse_record(number, rec, units, known, new_worker, (start, end))
        except ValidationError as e:
            problems.append(Problem(number, e.field, e.message))
        else:
            first = seen.setdefault(incoming.version.entry.id, number)
            if first != number:
                problems.append(Problem(number, "id", f"samma id som post {first}."))
            package.entries.append(incoming)
        if len(problems) > MAX_LISTED:
            break
    if problems:
        raise PackageError(name, problems)
    return package


def _sender(body: dict[str, Any]) -> str:
    """Who exported the package, from its metadata: "AB, Berga" (worker, then units).

    Names that are not clean names (too long, or holding an identity) are left out:
    the metadata is as untrusted as the rest of the file.
    """
    worker, units = body.get("worker"), body.get("units")
    names = [worker] if isinstance(worker, str) else []
    names += units if isinstance(units, list) and len(units) <= MAX_SENDER_UNITS else []
    kept = []
    for text in names:
        try:
            kept.append(clean_name(text if isinstance(text, str) else "", "origin"))
        except ValidationError:
            continue
    return ", ".join(kept)


def _parse_record(
    number: int,
    rec: Any,
    units: dict[str, int],
    workers: dict[str, int | None],
    new_worker: NewWorker | None,
    period: tuple[dt.date, dt.date],
) -> IncomingEntry:
    """One record as an entry, its worker resolved through `workers` (or `new_worker`)."""
    if not isinstance(rec, dict):
        raise ValidationError("", "posten är inget JSON-objekt.")
    if "note" in rec:
        raise ValidationError("note", "anteckningar får aldrig finnas i ett exportpaket.")
    for key in rec:
        if key not in RECORD_KEYS:
            raise ValidationError(str(key)[:40], "okänt fält.")
    for key in _REQUIRED:
        if rec.get(key) is None:
            raise ValidationError(key, "saknas.")
    for key, value in rec.items():
        if value is None:
            continue
        if key in _STR and not isinstance(value, str):
            raise ValidationError(key, "ska vara en text.")
        if key in _INT and (not isinstance(value, int) or isinstance(value, bool)):
            raise ValidationError(key, "ska vara ett heltal.")
        if key in LIST_KEYS and not (
            isinstance(value, list) and all(isinstance(v, str) for v in value)
        ):
            raise ValidationError(key, "ska vara en lista med koder.")
        if key == "evening" and not isinstance(value, bool):
            raise ValidationError(key, "ska vara true eller false.")
    try:
        date = _date(rec["date"])
    except ValueError:
        raise ValidationError("date", f"ogiltigt datum {rec['date']!r}.") from None
    if not period[0] <= date <= period[1]:
        raise ValidationError("date", f"{date} ligger utanför paketets period.")
    for key in ("created_at", "updated_at", "deleted_at"):
        if rec.get(key) is not None and not _TIMESTAMP.match(rec[key]):
            raise ValidationError(key, "ogiltig tidsstämpel.")
    for key in ("id", "device"):
        # Canonical UUIDs only: nothing else can ride along in these fields. (The identity
        # guard is not run on them: random hex spells a valid-looking number too often.)
        if not _UUID.match(rec[key]):
            raise ValidationError(key, "ska vara ett UUID (8-4-4-4-12 små hexsiffror).")
    unit_id = units.get(rec["unit"].strip().casefold())
    if unit_id is None:
        raise ValidationError("unit", f"okänd enhet {rec['unit'][:60]!r}.")
    worker = rec.get("worker")
    if worker is not None:
        worker = clean_name(worker, "worker") if worker.strip() else None
    entry = Entry(
        id=rec["id"],
        kind=rec["kind"],
        date=date,
        unit_id=unit_id,
        worker_id=_worker_id(worker, unit_id, workers, new_worker),
        time=rec.get("time"),
        minutes=rec.get("minutes"),
        adults=rec.get("adults"),
        children=rec.get("children"),
        contact_type=rec.get("contact_type"),
        form=rec.get("form"),
        age_group=rec.get("age_group"),
        topics=tuple(rec.get("topics") or ()),
        meeting_type=rec.get("meeting_type"),
        partners=tuple(rec.get("partners") or ()),
        referral=tuple(rec.get("referral") or ()),
        group_type=rec.get("group_type"),
        evening=bool(rec.get("evening", False)),
        category=rec.get("category"),
    )
    entry = validate(entry)  # codes, ranges and the identity guard, as for every entry
    version = Version(
        entry, rec["created_at"], rec["updated_at"], rec.get("deleted_at"), rec["device"]
    )
    return IncomingEntry(number, version)
