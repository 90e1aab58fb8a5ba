"""What an entry holds (SPEC §3) and the rules every entry obeys, whatever wrote it."""

from __future__ import annotations

import datetime as dt
import os
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import MISSING, dataclass, field, fields
from functools import lru_cache
from typing import Any

from omradesapp.domain import codes
from omradesapp.domain.codebook import DEFAULT_BOOK, CodeBook
from omradesapp.domain.engagement_code import code_problem
from omradesapp.domain.fields import BY_ATTR, BY_NAME, MAX_MINUTES, MAX_NOTE, MAX_PEOPLE
from omradesapp.domain.identity import IdentityError, check_free_text

__all__ = ["MAX_MINUTES", "MAX_NOTE", "MAX_PEOPLE", "Entry", "ValidationError", "validate"]
# Used with fullmatch: `$` would also match before a final "\n" and let "10:00\n" through.
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class ValidationError(ValueError):
    """An entry breaks a rule; `field` names the field (the CSV column)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class Entry:
    """One logged event. Counts of people are numbers, never identities."""

    kind: str
    date: dt.date
    unit_id: int
    worker_id: int | None = None
    time: str | None = None
    minutes: int | None = None
    adults: int | None = None
    children: int | None = None
    contact_type: str | None = None
    form: str | None = None
    age_group: str | None = None
    topics: tuple[str, ...] = ()
    meeting_type: str | None = None
    partners: tuple[str, ...] = ()
    referral: tuple[str, ...] = ()
    group_type: str | None = None
    evening: bool = False
    category: str | None = None
    private_network: int | None = None
    professional_network: int | None = None
    answered_24h: bool = False
    engagement: str | None = None
    note: str | None = None
    id: str = field(default_factory=lambda: new_id())

    def with_changes(self, **changes: object) -> Entry:
        """A copy with `changes` (an unknown field is a TypeError, as with `replace`).

        The values are copied, not run through the frozen dataclass's `__init__` again:
        an import changes tens of thousands of entries this way.
        """
        unknown = changes.keys() - self.__dict__.keys()
        if unknown:
            raise TypeError(f"Entry has no field {min(unknown)!r}")
        copy = object.__new__(Entry)
        object.__setattr__(copy, "__dict__", {**self.__dict__, **changes})
        return copy

    @property
    def people(self) -> int:
        return (self.adults or 0) + (self.children or 0)


# The Python types a value of each field type may have (None aside, for optional fields).
_TYPES: dict[str, tuple[type, ...]] = {
    "uuid": (str,), "code": (str,), "codes": (tuple,), "date": (dt.date,), "time": (str,),
    "int": (int,), "bool": (bool,), "ref": (int,), "text": (str,),
}  # fmt: skip
_NOT_NONE = frozenset(("id", "kind", "date", "unit_id", "topics", "partners", "referral",
                       "evening", "answered_24h"))  # fmt: skip


def entry_from(values: Mapping[str, object]) -> Entry:
    """An Entry from values keyed by attribute, each checked against its field's type.

    The typed way to build an entry from a dict (a database row, a form): an unknown key
    or a value of the wrong type is a TypeError, not an entry that breaks later.
    """
    for key, value in values.items():
        f = BY_ATTR.get(key)
        if f is None:
            raise TypeError(f"Entry has no field {key!r}")
        if value is None and key not in _NOT_NONE:
            continue
        ok = _TYPES[f.type]
        if not isinstance(value, ok) or (f.type in ("int", "ref") and isinstance(value, bool)):
            raise TypeError(f"{key} = {value!r} is not of type {f.type}")
    return Entry(**values)  # type: ignore[arg-type]  # every value checked above


def time_ordered_id(ms: int, random_bits: int) -> str:
    """A UUID version 7: milliseconds since 1970 first, then 74 random bits.

    Ids made one after another sort together, so the id index of a large database
    grows at its end instead of at random places (much faster imports).
    """
    rand_a = (random_bits >> 62) & 0xFFF
    rand_b = random_bits & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    h = f"{value:032x}"  # uuid.UUID(int=value) without importing uuid at start-up
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def new_id() -> str:
    return time_ordered_id(time.time_ns() // 1_000_000, int.from_bytes(os.urandom(10), "big"))


def _canonical_id(value: object) -> str:
    """An id in the canonical lower-case form, so that the same UUID is always the same id."""
    import uuid  # here: the module costs start-up time and only saving an entry needs it

    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        raise ValidationError("id", f"Ogiltigt id: {value!r} (ska vara ett UUID).") from None


# The value of each field left out (`id` has none here: a new one is made).
DEFAULTS = {f.name: f.default for f in fields(Entry) if f.default is not MISSING}


def entry_of_typed(values: Mapping[str, Any]) -> Entry:
    """An Entry from values known to be of their fields' types (kind, date and unit_id among
    them): a parser's, or a database row's (typed by the table's columns and checks).

    The fast path for many entries (an import, a package, a list): it skips the frozen
    dataclass's twenty `object.__setattr__` calls, and `entry_from`'s checks; the entry is
    the same as `Entry(**values)`. Anything else goes through `entry_from`.
    """
    entry = object.__new__(Entry)
    slots = entry.__dict__
    slots.update(DEFAULTS)
    slots.update(values)
    if "id" not in values:
        slots["id"] = new_id()
    return entry


def entries_of_typed_rows(attrs: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[Entry]:
    """Entries from rows of values in `attrs` order (each row as long), each of its field's
    type; None only where the field's default is None, or for an `id` still to be made.

    The column-wise twin of `entry_of_typed` (a CSV batch): each entry's dict is a copy of
    one made for the batch, filled from the row.
    """
    # Every field in one order: a copy of it is a new entry's dict, made at once.
    template: dict[str, Any] = dict(DEFAULTS)
    template.update(dict.fromkeys(attrs))
    template.setdefault("id", None)
    new, set_dict = object.__new__, object.__setattr__
    out = []
    for row in rows:
        slots = template.copy()
        slots.update(zip(attrs, row))  # noqa: B905 - as long; a keyword costs a tenth here
        entry = new(Entry)
        set_dict(entry, "__dict__", slots)
        out.append(entry)
    if "id" not in attrs or None in [e.id for e in out]:
        for entry in out:
            if entry.id is None:
                set_dict(entry, "id", new_id())
    return out


def validate(entry: Entry, book: CodeBook = DEFAULT_BOOK) -> Entry:
    """Return the entry normalised (visit default of 1 adult), or raise ValidationError.

    `book` says which codes exist: the built-in lists and the municipality's own.
    """
    values = entry.__dict__  # faster than getattr: this runs for every row of an import
    kind = values["kind"]
    if kind not in _KINDS:
        raise ValidationError("kind", f"Okänd typ av post: {kind!r}.")
    if not isinstance(values["id"], str) or not _UUID.fullmatch(values["id"]):
        entry = entry.with_changes(id=_canonical_id(entry.id))
        values = entry.__dict__
    if type(values["date"]) is not dt.date:  # a datetime is a date too, but not a valid one
        raise ValidationError("date", "Datum saknas eller är inget datum.")
    if values["time"] is not None and not _TIME.fullmatch(values["time"]):
        raise ValidationError("time", f"Ogiltig tid: {entry.time!r} (ska vara TT:MM).")
    if values["minutes"] is not None and not 0 <= values["minutes"] <= MAX_MINUTES:
        raise ValidationError(
            "minutes", f"Minuter måste vara 0–{MAX_MINUTES}, inte {entry.minutes}."
        )
    for name, count in _COUNTS:
        value = values[name]
        if value is None:
            continue
        if kind not in count.kinds:
            raise ValidationError(name, f"{count.label} anges inte för {_kind_label(kind)}.")
        if not 0 <= value <= count.high:
            raise ValidationError(name, f"{count.label} måste vara 0–{count.high}, inte {value}.")
    if entry.evening and entry.kind not in codes.EVENING_KINDS:
        raise ValidationError("evening", f"Kväll anges inte för {_kind_label(entry.kind)}.")
    if entry.answered_24h and (entry.kind != "contact" or entry.form != codes.ANSWERED_FORM):
        raise ValidationError(
            "answered_24h", "Besvarat inom 24 timmar anges bara för kontakter via e-post."
        )
    if entry.engagement is not None:
        _check_engagement(entry)
    if not _codes_fit(values, _coded_plan(book)[kind]):
        for f in book.fields:  # the first field in order that does not fit says why
            _validate_field(entry, f)
    if entry.note is not None:
        if len(entry.note) > MAX_NOTE:
            raise ValidationError(
                "note", f"Anteckningen är {len(entry.note)} tecken; högst {MAX_NOTE} går."
            )
        try:
            check_free_text(entry.note)
        except IdentityError as e:
            raise ValidationError("note", str(e)) from None
    if entry.kind == "visit" and entry.adults is None and entry.children is None:
        entry = entry.with_changes(adults=1)
    if entry.note == "":
        entry = entry.with_changes(note=None)
    return entry


_KINDS = frozenset(codes.KINDS.codes)
_COUNTS = tuple(
    (name, BY_NAME[name])
    for name in ("adults", "children", "private_network", "professional_network")
)
_Taken = tuple[tuple[str, bool, frozenset[str]], ...]  # (name, required, codes) per field


@dataclass(frozen=True)
class _KindPlan:
    """One kind's coded fields, sorted for a quick yes or no (`_validate_field` says why)."""

    absent: tuple[str, ...]  # single-code fields the kind does not take: must be None
    absent_multi: tuple[str, ...]  # multi-code fields it does not take: must be empty
    singles: _Taken
    multis: _Taken


@lru_cache(maxsize=8)
def _coded_plan(book: CodeBook) -> dict[str, _KindPlan]:
    def taken(kind: str, multi: bool) -> _Taken:
        return tuple(
            (f.name, kind in f.required_for, frozenset(f.codes.codes))
            for f in book.fields
            if f.multi is multi and kind in f.kinds
        )

    return {
        kind: _KindPlan(
            tuple(f.name for f in book.fields if not f.multi and kind not in f.kinds),
            tuple(f.name for f in book.fields if f.multi and kind not in f.kinds),
            taken(kind, False),
            taken(kind, True),
        )
        for kind in codes.KINDS.codes
    }


def _codes_fit(values: dict[str, Any], plan: _KindPlan) -> bool:
    """Whether every coded field of an entry (its __dict__) is as its kind wants it.

    This runs for every row of an import, hence the entry's dict and the plan per kind.
    """
    for name in plan.absent:
        if values[name] is not None:
            return False
    for name in plan.absent_multi:
        if values[name]:
            return False
    for name, required, allowed in plan.singles:
        value = values[name]
        if required if value is None else value not in allowed:
            return False
    for name, required, allowed in plan.multis:
        value = values[name]
        if not value:
            if required:
                return False
        elif not allowed.issuperset(value) or len(set(value)) < len(value):
            return False
    return True


def _check_engagement(entry: Entry) -> None:
    """The link's shape; that the engagement exists in the unit is the store's check."""
    if entry.kind not in codes.ENGAGEMENT_KINDS:
        raise ValidationError(
            "engagement", f"Familjeinsats anges inte för {_kind_label(entry.kind)}."
        )
    problem = code_problem(entry.engagement)
    if problem:
        raise ValidationError("engagement", problem)


def _kind_label(kind: str) -> str:
    return codes.KINDS.label(kind).lower()


def _validate_field(entry: Entry, f: codes.Field) -> None:
    value = getattr(entry, f.name)
    given = bool(value) if f.multi else value is not None
    if not given:
        if entry.kind in f.required_for:
            raise ValidationError(
                f.name, f"{_field_label(f)} måste anges för {_kind_label(entry.kind)}."
            )
        return
    if entry.kind not in f.kinds:
        raise ValidationError(
            f.name, f"{_field_label(f)} anges inte för {_kind_label(entry.kind)}."
        )
    values = value if f.multi else (value,)
    for code in values:
        if code not in f.codes:
            raise ValidationError(
                f.name,
                f"Okänd kod {code!r} i {f.name}; giltiga: {', '.join(f.codes.codes)}.",
            )
    if f.multi and len(set(values)) != len(values):
        raise ValidationError(f.name, f"Samma kod står två gånger i {f.name}.")


def _field_label(f: codes.Field) -> str:
    return BY_NAME[f.name].label
