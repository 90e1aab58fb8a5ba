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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeGuard, TypeVar

from omradesapp.domain.codebook import BUILT_IN, AddedCode, CodeBook
from omradesapp.domain.entry import ValidationError, entry_from, validate
from omradesapp.domain.fields import ALL_KINDS, FIELDS
from omradesapp.domain.names import clean_name
from omradesapp.exchange import limits
from omradesapp.exchange.package_engagements import IncomingEngagement, parse_engagement
from omradesapp.exchange.refusal import MAX_LISTED, FileRefused, Problem
from omradesapp.store import schema
from omradesapp.store.codebook import check_code, code_book
from omradesapp.store.database import Store
from omradesapp.store.org import list_units, list_workers
from omradesapp.store.packages import Version

FORMAT = "omradesapp.package"
# 2: every record carries its `revision` (schema 2); version 1 packages had none.
# 3: family engagements travel (`engagements`), and entry records may name one (`engagement`)
# and carry the other fields of schema 3. Version 2 packages are still read: they have none.
FORMAT_VERSION = 3
READ_VERSIONS = (2, 3)
SUFFIX = ".omrpkg"
MAGIC = b'{"format":"omradesapp.package"'

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# Revisions stay within what every JSON reader holds exactly (and SQLite's integers).
MAX_REVISION = 2**53 - 1
MAX_PACKAGE_CODES = 1000  # a municipality's own codes, far more than any has
# A record holds the entry's packaged fields (domain/fields.py, keyed by field name) and
# the bookkeeping below. Each key's JSON type follows from its field's type.
_PACKAGED = tuple(f for f in FIELDS if f.in_package)
_STR = (
    *(f.name for f in _PACKAGED if f.type in ("uuid", "code", "date", "time", "ref", "text")),
    "created_at", "updated_at", "deleted_at", "device",
)  # fmt: skip
_INT = (*(f.name for f in _PACKAGED if f.type == "int"), "revision")
_LIST = tuple(f.name for f in _PACKAGED if f.type == "codes")
_BOOL = tuple(f.name for f in _PACKAGED if f.type == "bool")
_REQUIRED = (
    *(f.name for f in _PACKAGED if f.type == "uuid" or f.required_for == ALL_KINDS),
    "created_at", "updated_at", "device", "revision",
)  # fmt: skip
_TIMESTAMPS = ("created_at", "updated_at", "deleted_at")
NewWorker = Callable[[str, int], int]
RECORD_KEYS = frozenset((*_STR, *_INT, *_LIST, *_BOOL))

R = TypeVar("R")


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
    engagements: list[IncomingEngagement] = field(default_factory=list)
    sender: str = ""  # "AB, Berga": the exporting desk's worker and units; "" if not told
    # Who the exporting desk is (its `desk` metadata, else the export's limits): its worker
    # and units, for the known desks (store/desks.py).
    desk_worker: str | None = None
    desk_units: tuple[str, ...] = ()
    codes: list[AddedCode] = field(default_factory=list)  # the desk's own codes it uses


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


def is_json_int(value: Any) -> TypeGuard[int]:
    """A JSON integer: `true` is a boolean and `1.0` a fraction in JSON terms, neither is 1."""
    return type(value) is int


def read_body(path: Path) -> dict[str, Any]:
    """Check header, size and checksum; return the parsed body. Raises PackageError."""
    name = path.name
    max_bytes = limits.MAX_PACKAGE_BYTES
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise _refuse(
                name,
                f"filen är för stor för ett exportpaket ({size // 1_048_576} MiB; högst "
                f"{max_bytes // 1_048_576} MiB).",
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
    _check_format_version(name, header.get("format_version"))
    expected, checksum = header.get("body_bytes"), header.get("body_sha256")
    if not is_json_int(expected) or not isinstance(checksum, str) or not _HEX64.fullmatch(checksum):
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


def _check_format_version(name: str, version: Any) -> None:
    if is_json_int(version) and version in READ_VERSIONS:
        return
    if is_json_int(version) and version == 1:
        raise _refuse(
            name,
            "paketet är gjort av en äldre version av Områdesappen (formatversion 1, utan "
            "revisionsnummer) och kan inte jämföras säkert. Uppdatera Områdesappen på datorn "
            "där paketet gjordes och exportera igen.",
        )
    shown = json.dumps(version) if not isinstance(version, str) else repr(version[:20])
    raise _refuse(
        name,
        f"paketet har formatversion {shown}; den här versionen av Områdesappen "
        f"läser version {FORMAT_VERSION} (ett heltal).",
    )


def canonical_uuid(value: Any) -> str | None:
    """A UUID as text in its one canonical form (stripped, lower case), or None."""
    if not isinstance(value, str):
        return None
    text = value.strip().lower()
    return text if _UUID.fullmatch(text) else None


def canonical_timestamp(value: str) -> str:
    """A timestamp in the stored form (UTC, `+00:00`, microseconds); ValueError if none.

    Only kept for the record: the merge goes by revisions, never by clocks.
    """
    text = value.strip()
    if not text[:4].isdigit() or "T" not in text:
        raise ValueError(text)
    moment = dt.datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _date(value: Any) -> dt.date:
    if not isinstance(value, str) or not _DATE.fullmatch(value.strip()):
        raise ValueError
    return dt.date.fromisoformat(value.strip())


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


def read_package(path: Path, store: Store, new_worker: NewWorker | None = None) -> Package:
    """Read and check a whole package against this database's units. Raises PackageError.

    `new_worker(name, unit_id)` gives the id of a worker this database does not know
    yet (the merge creates them, in its transaction); without it such entries get none.
    """
    name = path.name
    body = read_body(path)
    sv = body.get("schema_version")
    if not is_json_int(sv) or sv < 1:
        raise _refuse(name, f"paketets schemaversion {json.dumps(sv)[:20]} är ogiltig.")
    if sv > schema.SCHEMA_VERSION:
        raise _refuse(
            name,
            f"paketet är skrivet av en nyare version av Områdesappen (schema {sv}; den här "
            f"versionen förstår {schema.SCHEMA_VERSION}).",
        )
    origin, exported = canonical_uuid(body.get("origin")), body.get("exported_at")
    if origin is None:
        raise _refuse(name, "paketets ursprungsenhet (origin) saknas eller är ogiltig.")
    try:
        if not isinstance(exported, str):
            raise ValueError
        exported = canonical_timestamp(exported)
    except ValueError:
        raise _refuse(name, "paketets exporttid (exported_at) är ogiltig.") from None
    period = body.get("period")
    try:
        if not isinstance(period, dict):
            raise ValueError
        start, end = _date(period.get("from")), _date(period.get("to"))
    except ValueError:
        raise _refuse(name, "paketets period saknas eller är ogiltig.") from None
    units_limit, worker_limit = body.get("units", []), body.get("worker")
    if not isinstance(units_limit, list) or not all(isinstance(u, str) for u in units_limit):
        raise _refuse(name, "paketets fält units ska vara en lista med enhetsnamn.")
    if worker_limit is not None and not isinstance(worker_limit, str):
        raise _refuse(name, "paketets fält worker ska vara en text eller null.")
    records = body.get("entries")
    if not isinstance(records, list):
        raise _refuse(name, "paketet saknar listan med poster.")
    if len(records) > limits.MAX_PACKAGE_ENTRIES:
        raise _refuse(
            name,
            f"paketet har {len(records)} poster; högst {limits.MAX_PACKAGE_ENTRIES} går.",
        )
    package = Package(name, origin, sv, exported, (start, end), sender=_sender(body))
    package.desk_worker, package.desk_units = _desk(name, body)
    package.codes, book = _code_definitions(name, body.get("codes", []), code_book(store))
    units = {u.name.casefold(): u.id for u in list_units(store)}
    known: dict[str, int | None] = {
        w.name.casefold(): w.id for w in list_workers(store, include_inactive=True)
    }
    package.entries, problems = _each_record(
        records,
        lambda number, rec: _parse_record(
            number, rec, units, known, new_worker, (start, end), book
        ),
        lambda incoming: incoming.version.entry.id,
        "post",
    )
    if problems:
        raise PackageError(name, problems)
    package.engagements = _engagements(name, body.get("engagements", []), store)
    return package


def _code_definitions(name: str, raw: Any, book: CodeBook) -> tuple[list[AddedCode], CodeBook]:
    """The package's own codes, checked, and this database's code book grown by the new ones.

    A code this database knows already keeps its label here (a clash is listed on import by
    `store.codebook.learn`); labels go through the identity guard like every stored name.
    """
    if not isinstance(raw, list) or len(raw) > MAX_PACKAGE_CODES:
        raise _refuse(name, f"paketets fält codes ska vara en lista med högst {MAX_PACKAGE_CODES}.")
    definitions: list[AddedCode] = []
    for number, item in enumerate(raw, start=1):
        if not isinstance(item, dict) or set(item) - {"list", "code", "label", "split"}:
            raise _refuse(name, f"paketets kod {number} har fel form.")
        values = [item.get(k) for k in ("list", "code", "label")]
        split = item.get("split")
        if not all(isinstance(v, str) for v in values) or not isinstance(split, str | None):
            raise _refuse(name, f"paketets kod {number} har fel form.")
        list_name, key, label = (str(v) for v in values)
        base = BUILT_IN.get(list_name)
        try:
            if base is None:
                raise ValueError(f"okänd lista {list_name[:40]!r}.")
            label = clean_name(label, "label", "Etiketten")
            if key in book.code_list(base):  # known here: its label here is kept
                definitions.append(AddedCode(list_name, key, label, split))
                continue
            code = check_code(book, list_name, label, key, split, unique_label=False)
        except ValueError as e:
            raise _refuse(name, f"paketets kod {number}: {e}") from None
        definitions.append(code)
        book = CodeBook((*book.added, code), book.retired)
    return definitions, book


class EngagementsRefused(PackageError):
    """A package's engagement was refused: the message names it by its position."""

    place_word = "familjeinsats"


def _engagements(name: str, records: Any, store: Store) -> list[IncomingEngagement]:
    """The package's engagements, each checked as strictly as one opened in the desk."""
    if not isinstance(records, list):
        raise _refuse(name, "paketets fält engagements ska vara en lista.")
    if len(records) > limits.MAX_PACKAGE_ENTRIES:
        raise _refuse(name, f"paketet har {len(records)} familjeinsatser; det är för många.")
    teams = {u.name.casefold(): u.id for u in list_units(store) if u.kind == "team"}
    found, problems = _each_record(
        records,
        lambda number, rec: parse_engagement(
            number, rec, teams, canonical_uuid, canonical_timestamp, MAX_REVISION
        ),
        lambda inc: inc.version.engagement.id,
        "familjeinsats",
    )
    if problems:
        raise EngagementsRefused(name, problems)
    return found


def _each_record(
    records: list[Any],
    parse: Callable[[int, Any], R],
    id_of: Callable[[R], str],
    word: str,
) -> tuple[list[R], list[Problem]]:
    """Every record parsed (numbered from 1), and the problems: a refused record, an id met
    before; reading stops once more problems than are listed have been found."""
    found: list[R] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for number, rec in enumerate(records, start=1):
        try:
            parsed = parse(number, rec)
        except ValidationError as e:
            problems.append(Problem(number, e.field, e.message))
        else:
            first = seen.setdefault(id_of(parsed), number)
            if first != number:
                problems.append(Problem(number, "id", f"samma id som {word} {first}."))
            found.append(parsed)
        if len(problems) > MAX_LISTED:
            break
    return found, problems


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


def _desk(name: str, body: dict[str, Any]) -> tuple[str | None, tuple[str, ...]]:
    """The exporting desk's worker and units: its `desk` metadata when it has one (refused
    if malformed or holding an identity: these names are stored), else the export's limits
    as far as they are clean names."""
    desk = body.get("desk")
    if desk is None:
        worker, units = body.get("worker"), body.get("units")
        names = [u for u in units if isinstance(u, str)] if isinstance(units, list) else []
        return _clean_or_none(worker), tuple(
            n for n in map(_clean_or_none, names[:MAX_SENDER_UNITS]) if n
        )
    worker, units = (desk.get("worker"), desk.get("units")) if isinstance(desk, dict) else (0, 0)
    if not (worker is None or isinstance(worker, str)) or not (
        isinstance(units, list) and all(isinstance(u, str) for u in units)
    ):
        raise _refuse(name, "paketets fält desk ska ha worker (text eller null) och units.")
    try:
        return (
            None if worker is None else clean_name(worker, "desk"),
            tuple(clean_name(u, "desk", "Enhetens namn") for u in units[:MAX_SENDER_UNITS]),
        )
    except ValidationError as e:
        raise _refuse(name, f"paketets fält desk: {e.message}") from None


def _clean_or_none(text: Any) -> str | None:
    try:
        return clean_name(text, "desk") if isinstance(text, str) else None
    except ValidationError:
        return None


def _typed(rec: dict[str, Any]) -> dict[str, Any]:
    """The record's values of the right JSON types, texts stripped, empty texts as absent."""
    clean: dict[str, Any] = {}
    for key, value in rec.items():
        if key in _STR and value is not None:
            if not isinstance(value, str):
                raise ValidationError(key, "ska vara en text.")
            value = value.strip() or None
        elif key in _INT and value is not None and not is_json_int(value):
            raise ValidationError(key, f"ska vara ett heltal, inte {json.dumps(value)[:20]}.")
        elif key in _LIST and value is not None:
            if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                raise ValidationError(key, "ska vara en lista med koder.")
            value = [v.strip() for v in value]
        elif key in _BOOL and value is not None and not isinstance(value, bool):
            raise ValidationError(key, "ska vara true eller false.")
        clean[key] = value
    for key in _REQUIRED:
        if clean.get(key) is None:
            raise ValidationError(key, "saknas.")
    return clean


def _parse_record(
    number: int,
    raw: Any,
    units: dict[str, int],
    workers: dict[str, int | None],
    new_worker: NewWorker | None,
    period: tuple[dt.date, dt.date],
    book: CodeBook,
) -> IncomingEntry:
    """One record as an entry, its worker resolved through `workers` (or `new_worker`)."""
    if not isinstance(raw, dict):
        raise ValidationError("", "posten är inget JSON-objekt.")
    if "note" in raw:
        raise ValidationError("note", "anteckningar får aldrig finnas i ett exportpaket.")
    for key in raw:
        if key not in RECORD_KEYS:
            raise ValidationError(str(key)[:40], "okänt fält.")
    rec = _typed(raw)
    try:
        date = _date(rec["date"])
    except ValueError:
        raise ValidationError("date", f"ogiltigt datum {rec['date'][:40]!r}.") from None
    if not period[0] <= date <= period[1]:
        raise ValidationError("date", f"{date} ligger utanför paketets period.")
    for key in _TIMESTAMPS:
        if rec.get(key) is not None:
            try:
                rec[key] = canonical_timestamp(rec[key])
            except ValueError:
                raise ValidationError(key, "ogiltig tidsstämpel.") from None
    for key in ("id", "device"):
        # Canonical UUIDs only: nothing else can ride along in these fields. (The identity
        # guard is not run on them: random hex spells a valid-looking number too often.)
        canonical = canonical_uuid(rec[key])
        if canonical is None:
            raise ValidationError(key, "ska vara ett UUID (8-4-4-4-12 hexsiffror).")
        rec[key] = canonical
    if not 1 <= rec["revision"] <= MAX_REVISION:
        raise ValidationError(
            "revision", f"ska vara ett heltal 1–{MAX_REVISION}, inte {rec['revision']}."
        )
    unit_id = units.get(rec["unit"].casefold())
    if unit_id is None:
        raise ValidationError("unit", f"okänd enhet {rec['unit'][:60]!r}.")
    worker = rec.get("worker")
    if worker is not None:
        worker = clean_name(worker, "worker")
    values: dict[str, Any] = {"date": date, "unit_id": unit_id}
    values["worker_id"] = _worker_id(worker, unit_id, workers, new_worker)
    for f in _PACKAGED:
        if f.name in ("date", "unit", "worker"):
            continue
        value = rec.get(f.name)
        if f.type == "codes":
            value = tuple(value or ())
        elif f.type == "bool":
            value = bool(value)
        values[f.attr] = value
    entry = entry_from(values)
    entry = validate(entry, book)  # codes, ranges and the identity guard, as for every entry
    version = Version(
        entry, rec["created_at"], rec["updated_at"], rec.get("deleted_at"), rec["device"],
        rec["revision"],
    )  # fmt: skip
    return IncomingEntry(number, version)
