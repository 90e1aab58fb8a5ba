"""The fields of an entry, defined once: the CSV columns, their parsing and checks, what is
exported, what travels in packages and what a report's row sheet shows all derive from here.

The code lists, which kinds a coded field applies to and for which it is required stay in
`codes.CODED_FIELDS`; this table takes them from there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from omradesapp.domain import codes
from omradesapp.domain.codes import CodeList

FieldType = Literal["uuid", "code", "codes", "date", "time", "int", "bool", "ref", "text"]

ALL_KINDS: tuple[str, ...] = codes.KINDS.codes
MAX_MINUTES = 1440
MAX_PEOPLE = 500
MAX_NOTE = 500
MAX_NETWORK = 100
# An engagement's code (SPEC §12) is at most "XX-YYYY-NNNN".
MAX_ENGAGEMENT_CODE = 12


@dataclass(frozen=True)
class EntryField:
    """One field of an entry.

    `name` is the CSV column and the package key; `attr` the Entry attribute and database
    column (they differ only for the references `unit` and `worker`, stored by id). `high` is
    the upper bound of an `int` field (the lower one is 0) and the most characters of `text`.
    """

    name: str
    type: FieldType
    label: str
    codes: CodeList | None = None
    high: int = 0
    kinds: tuple[str, ...] = ALL_KINDS
    required_for: tuple[str, ...] = ()
    exported: bool = True  # a column of the CSV export
    in_package: bool = True  # a key of an export package's records
    in_report_rows: bool = True  # a column of a report's row sheet
    report_label: str = ""  # the column header in report tables, when not `label`

    @property
    def attr(self) -> str:
        return {"unit": "unit_id", "worker": "worker_id"}.get(self.name, self.name)

    @property
    def heading(self) -> str:
        return self.report_label or self.label


def _coded(name: str, label: str, report_label: str = "") -> EntryField:
    f = codes.FIELDS_BY_NAME[name]
    kind: FieldType = "codes" if f.multi else "code"
    return EntryField(
        name, kind, label, f.codes, kinds=f.kinds, required_for=f.required_for,
        report_label=report_label,
    )  # fmt: skip


# In CSV column order (the order of the export and of the database's columns).
FIELDS: tuple[EntryField, ...] = (
    EntryField("id", "uuid", "Id", in_report_rows=False),
    EntryField("kind", "code", "Typ", codes.KINDS, required_for=ALL_KINDS),
    EntryField("date", "date", "Datum", required_for=ALL_KINDS),
    EntryField("time", "time", "Klockslag"),
    EntryField("minutes", "int", "Minuter", high=MAX_MINUTES),
    EntryField("unit", "ref", "Enhet", required_for=ALL_KINDS),
    EntryField("worker", "ref", "Medarbetare"),
    EntryField("adults", "int", "Vuxna", high=MAX_PEOPLE, kinds=codes.PEOPLE_KINDS),
    EntryField("children", "int", "Barn", high=MAX_PEOPLE, kinds=codes.PEOPLE_KINDS),
    _coded("contact_type", "Ärendetyp"),
    _coded("form", "Form"),
    _coded("age_group", "Åldersgrupp"),
    _coded("topics", "Ämnen", "Ämne"),
    _coded("meeting_type", "Typ av möte"),
    _coded("partners", "Samverkanspartner"),
    _coded("referral", "Hänvisning", "Hänvisad till"),
    _coded("group_type", "Typ av grupp"),
    EntryField("evening", "bool", "Kväll", kinds=codes.EVENING_KINDS),
    _coded("category", "Kategori"),
    EntryField(
        "private_network", "int", "Privat nätverk", high=MAX_NETWORK, kinds=codes.NETWORK_KINDS
    ),
    EntryField(
        "professional_network",
        "int",
        "Professionellt nätverk",
        high=MAX_NETWORK,
        kinds=codes.NETWORK_KINDS,
    ),  # fmt: skip
    EntryField("answered_24h", "bool", "Besvarat inom 24 timmar", kinds=("contact",)),
    # The code of an engagement of the entry's unit; codes never appear in reports (§5).
    EntryField(
        "engagement",
        "text",
        "Familjeinsats",
        high=MAX_ENGAGEMENT_CODE,
        kinds=codes.ENGAGEMENT_KINDS,
        in_report_rows=False,
    ),  # fmt: skip
    # Notes stay where they were written (SPEC §7): never exported, packaged or reported.
    EntryField(
        "note",
        "text",
        "Anteckning",
        high=MAX_NOTE,
        exported=False,
        in_package=False,
        in_report_rows=False,
    ),  # fmt: skip
)
BY_NAME: dict[str, EntryField] = {f.name: f for f in FIELDS}
BY_ATTR: dict[str, EntryField] = {f.attr: f for f in FIELDS}

CSV_COLUMNS: tuple[str, ...] = tuple(f.name for f in FIELDS)
CSV_REQUIRED: tuple[str, ...] = tuple(f.name for f in FIELDS if f.required_for == ALL_KINDS)
EXPORTED_COLUMNS: tuple[str, ...] = tuple(f.name for f in FIELDS if f.exported)
PACKAGE_KEYS: tuple[str, ...] = tuple(f.name for f in FIELDS if f.in_package)
REPORT_ROW_FIELDS: tuple[EntryField, ...] = tuple(f for f in FIELDS if f.in_report_rows)
# Entry attributes after the id, as stored in the database's columns of the same name.
DATA_ATTRS: tuple[str, ...] = tuple(f.attr for f in FIELDS if f.name != "id")
MULTI_ATTRS: tuple[str, ...] = tuple(f.attr for f in FIELDS if f.type == "codes")


def of_type(*types: FieldType) -> tuple[EntryField, ...]:
    """The fields of the given types, in table order."""
    return tuple(f for f in FIELDS if f.type in types)
