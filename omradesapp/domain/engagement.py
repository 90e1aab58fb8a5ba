"""A family engagement (SPEC §12) and the rules every engagement obeys, whatever wrote it.

An engagement is one family's course in one assignment of the team. It holds no identity
and no free text: codes from the lists in codes.py, dates, counts and yes/no values. Its
`code` is made by the store when it is opened (engagement_code.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from omradesapp.domain import codes
from omradesapp.domain.codes import CodeList
from omradesapp.domain.engagement_code import PREFIX_BY_ASSIGNMENT, code_parts, code_problem
from omradesapp.domain.entry import ValidationError, new_id

MAX_CHILDREN = 10
SOC_RANGE = (13, 91)  # KASAM, SOC-13: thirteen items scored 1–7


@dataclass(frozen=True)
class Engagement:
    """One family's engagement. `code` is "" until the store has made it."""

    unit_id: int
    assignment: str
    basis: str
    source: str
    requested: dt.date
    start: dt.date
    code: str = ""
    end: dt.date | None = None
    consent: bool = False
    age_band: str | None = None
    girls: int = 0
    boys: int = 0
    sip_at_start: bool = False
    sip_date: dt.date | None = None
    employment_start: str | None = None
    employment_end: str | None = None
    economy_start: str | None = None
    economy_end: str | None = None
    soc_start: int | None = None
    soc_end: int | None = None
    eligible: str | None = None
    end_reason: str | None = None
    id: str = ""

    def with_changes(self, **changes: object) -> Engagement:
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def active(self) -> bool:
        return self.end is None


# The coded fields: (field, its code list, required).
CODED: tuple[tuple[str, CodeList, bool], ...] = (
    ("assignment", codes.ASSIGNMENTS, True),
    ("basis", codes.BASES, True),
    ("source", codes.SOURCES, True),
    ("age_band", codes.AGE_BANDS, False),
    ("employment_start", codes.EMPLOYMENT, False),
    ("employment_end", codes.EMPLOYMENT, False),
    ("economy_start", codes.ECONOMY, False),
    ("economy_end", codes.ECONOMY, False),
    ("eligible", codes.ELIGIBLE, False),
    ("end_reason", codes.END_REASONS, False),
)
DATES = ("requested", "start", "end", "sip_date")
COUNTS = ("girls", "boys")
SCORES = ("soc_start", "soc_end")
FLAGS = ("consent", "sip_at_start")
# Values that describe how an engagement ended: given only once it has.
END_VALUES = ("employment_end", "economy_end", "soc_end", "eligible", "end_reason")

LABELS = {
    "code": "Kod",
    "unit": "Enhet",
    "assignment": "Uppdrag",
    "basis": "Grund",
    "source": "Initiativ från",
    "requested": "Förfrågan",
    "start": "Start",
    "end": "Avslut",
    "consent": "Samtycke",
    "age_band": "Ålder",
    "girls": "Flickor",
    "boys": "Pojkar",
    "sip_at_start": "SIP vid start",
    "sip_date": "SIP upprättad",
    "employment_start": "Sysselsättning vid start",
    "employment_end": "Sysselsättning vid avslut",
    "economy_start": "Försörjning vid start",
    "economy_end": "Försörjning vid avslut",
    "soc_start": "KASAM vid start",
    "soc_end": "KASAM vid avslut",
    "eligible": "Gymnasiebehörighet",
    "end_reason": "Avslutsorsak",
}


def validate_engagement(e: Engagement, *, code_required: bool = True) -> Engagement:
    """Return the engagement (a new id if it had none), or raise ValidationError naming
    the field. `code_required` is False only for a draft whose code the store will make."""
    _check_types(e)
    for name, code_list, required in CODED:
        value = getattr(e, name)
        if value is None:
            if required:
                raise ValidationError(name, f"{LABELS[name]} måste anges.")
            continue
        if value not in code_list:
            raise ValidationError(
                name,
                f"Okänd kod {str(value)[:40]!r} i {LABELS[name].lower()}; "
                f"giltiga: {', '.join(code_list.codes)}.",
            )
    if e.assignment == "coordinated" and e.basis != "service":
        raise ValidationError("basis", "Samordnat stöd ges alltid som service (inte bistånd).")
    _check_dates(e)
    for name in COUNTS:
        value = getattr(e, name)
        if not 0 <= value <= MAX_CHILDREN:
            raise ValidationError(
                name, f"{LABELS[name]} måste vara 0–{MAX_CHILDREN}, inte {value}."
            )
    low, high = SOC_RANGE
    for name in SCORES:
        value = getattr(e, name)
        if value is not None and not low <= value <= high:
            raise ValidationError(name, f"{LABELS[name]} måste vara {low}–{high}, inte {value}.")
    if e.end is None:
        for name in END_VALUES:
            if getattr(e, name) is not None:
                raise ValidationError(name, f"{LABELS[name]} anges först när insatsen avslutas.")
    elif e.end_reason is None:
        raise ValidationError("end_reason", "Avslutsorsak måste anges när insatsen avslutas.")
    if e.code or code_required:
        _check_code(e)
    return e if e.id else replace(e, id=new_id())


def _check_types(e: Engagement) -> None:
    """Values of the wrong type (a form's or a file's mistake) are refused by name."""
    for name in DATES:
        value = getattr(e, name)
        if name in ("requested", "start") and value is None:
            raise ValidationError(name, f"{LABELS[name]} måste anges.")
        if value is not None and type(value) is not dt.date:
            raise ValidationError(name, f"{LABELS[name]} är inget datum.")
    for name in (*COUNTS, *SCORES):
        value = getattr(e, name)
        if value is None and name in SCORES:
            continue
        if type(value) is not int:
            raise ValidationError(name, f"{LABELS[name]} ska vara ett heltal.")
    for name in FLAGS:
        if type(getattr(e, name)) is not bool:
            raise ValidationError(name, f"{LABELS[name]} ska vara ja eller nej.")
    for name, _, _ in CODED:
        value = getattr(e, name)
        if value is not None and type(value) is not str:
            raise ValidationError(name, f"{LABELS[name]} ska vara en kod.")
    if type(e.unit_id) is not int:
        raise ValidationError("unit", "Enhet saknas.")


def _check_dates(e: Engagement) -> None:
    if e.start < e.requested:
        raise ValidationError("start", "Start kan inte ligga före förfrågan.")
    if e.end is not None and e.end < e.start:
        raise ValidationError("end", "Avslut kan inte ligga före start.")
    if e.sip_date is not None:
        if e.sip_date < e.start:
            raise ValidationError("sip_date", "SIP upprättad kan inte ligga före start.")
        if e.end is not None and e.sip_date > e.end:
            raise ValidationError("sip_date", "SIP upprättad kan inte ligga efter avslut.")


def _check_code(e: Engagement) -> None:
    problem = code_problem(e.code)
    if problem:
        raise ValidationError("code", problem)
    prefix = code_parts(e.code)[0]
    if prefix != PREFIX_BY_ASSIGNMENT[e.assignment]:
        raise ValidationError(
            "assignment",
            f"Koden {e.code} hör till ett annat uppdrag än "
            f"{codes.ASSIGNMENTS.label(e.assignment).lower()}.",
        )
