"""The code lists of the CSV interchange (SPEC §9), defined once.

Codes never change; they are what is stored, exported and imported. The Swedish
labels are defaults: a municipality may rename a label (stored in the database),
never a code. Every other module (validation, import, figures, reports, the
form) takes its codes from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class CodeList:
    """An ordered code list: code -> default Swedish label."""

    name: str
    items: tuple[tuple[str, str], ...]

    @cached_property
    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.items)

    @cached_property
    def labels(self) -> dict[str, str]:
        return dict(self.items)

    def label(self, code: str) -> str:
        return self.labels[code]

    def __contains__(self, code: object) -> bool:
        return code in self.labels


def _codes(name: str, *items: tuple[str, str]) -> CodeList:
    return CodeList(name, items)


KINDS = _codes(
    "kind",
    ("visit", "Spontant besök"),
    ("contact", "Kontakt"),
    ("group", "Gruppverksamhet"),
    ("meeting", "Samverkansmöte"),
    ("time", "Övrig tid"),
)

CONTACT_TYPES = _codes(
    "contact_type",
    ("advice", "Rådgivning"),
    ("service", "Service"),
    ("assistance", "Bistånd"),
)

FORMS = _codes(
    "form",
    ("individual", "Enskilt samtal"),
    ("couple", "Parsamtal"),
    ("child", "Barnsamtal"),
    ("family", "Familjesamtal"),
    ("phone", "Telefon"),
    ("digital", "Digitalt"),
    ("home_visit", "Hembesök"),
)

AGE_GROUPS = _codes(
    "age_group",
    ("0-5", "0–5 år"),
    ("6-12", "6–12 år"),
    ("13-16", "13–16 år"),
    ("young_parent", "Unga föräldrar 16–22"),
    ("adult", "Vuxen"),
)

TOPICS = _codes(
    "topics",
    ("parenting", "Föräldraskap"),
    ("conflict", "Konflikter"),
    ("boundaries", "Gränssättning"),
    ("relationship", "Parrelation"),
    ("separation", "Separation"),
    ("authorities", "Myndighetskontakter"),
    ("letters", "Brev och blanketter"),
    ("economy", "Ekonomi"),
    ("housing", "Boende"),
    ("work_study", "Arbete och studier"),
    ("mental_health", "Psykisk ohälsa"),
    ("violence", "Våld i nära relation"),
    ("substance", "Missbruk"),
    ("school", "Skola och förskola"),
    ("health", "Hälsa"),
    ("migration", "Migration och integration"),
    ("other", "Annat"),
)

MEETING_TYPES = _codes(
    "meeting_type",
    ("collab_group", "Samverkansgrupp"),
    ("safety_council", "Trygghetsråd"),
    ("area_council", "Samverkansråd/närråd"),
    ("crisis_group", "Krisgrupp"),
    ("network_meeting", "Nätverksmöte"),
    ("sip", "SIP-möte"),
    ("steering_group", "Styrgrupp"),
    ("consultation", "Konsultation med personal"),
    ("student_health", "Elevhälsomöte"),
    ("information", "Informationsträff"),
    ("other", "Annat"),
)

PARTNERS = _codes(
    "partners",
    ("bvc", "BVC"),
    ("mvc", "MVC"),
    ("open_preschool", "Öppen förskola"),
    ("preschool", "Förskola"),
    ("school", "Skola"),
    ("student_health", "Elevhälsa"),
    ("social_office", "Socialkontoret"),
    ("family_team", "Familjeteamet"),
    ("police", "Polis"),
    ("church", "Kyrka"),
    ("housing", "Bostadsbolag"),
    ("association", "Förening"),
    ("library", "Bibliotek"),
    ("health_centre", "Vårdcentral"),
    ("bup", "BUP"),
    ("womens_health", "Kvinnohälsan"),
    ("citizen_office", "Medborgarkontor"),
    ("employment", "Arbetsförmedlingen"),
    ("job_centre", "Jobbtorget"),
    ("migration_agency", "Migrationsverket"),
    ("victim_support", "Brottsofferjouren"),
    ("region", "Region"),
    ("bridge_builder", "Brobyggare"),
    ("other", "Annat"),
)

# Referrals point at the same organisations as partners (SPEC §9).
REFERRALS = CodeList("referral", PARTNERS.items)

GROUP_TYPES = _codes(
    "group_type",
    ("parent_group", "Föräldragrupp"),
    ("young_mothers", "Unga föräldrar – mammor"),
    ("young_fathers", "Unga föräldrar – pappor"),
    ("young_parents", "Unga föräldrar – gemensam"),
    ("family_class", "Familjeklass"),
    ("parent_education", "Föräldrautbildning"),
    ("lecture", "Föreläsning"),
    ("open_preschool", "Öppna förskolan"),
    ("area_event", "Områdesaktivitet"),
    ("other", "Annat"),
)

TIME_CATEGORIES = _codes(
    "category",
    ("admin", "Administration"),
    ("apt", "APT"),
    ("training", "Fortbildning"),
    ("development", "Utvecklingsarbete"),
    ("area", "Områdesarbete"),
    ("travel", "Resor"),
    ("other", "Övrigt"),
)

SPLIT_CATEGORIES = _codes(
    "split",
    ("client", "Klientarbete"),
    ("area", "Områdesarbete"),
    ("admin", "Administration, utbildning, utveckling"),
    ("other", "Övrigt"),
)

# Time split (SPEC §9): which follow-up category an entry's minutes count in.
SPLIT_BY_KIND = {"visit": "client", "contact": "client", "group": "area", "meeting": "area"}
SPLIT_BY_TIME_CATEGORY = {
    "area": "area",
    "admin": "admin",
    "apt": "admin",
    "training": "admin",
    "development": "admin",
    "travel": "other",
    "other": "other",
}

# The follow-up reference of the 2019 decision on area social work (seeds/001):
# about half client work, 30 % admin/training/development, under 20 % area work,
# under 10 % other. (percent, is an upper bound)
SPLIT_REFERENCE = {
    "client": (50, False),
    "admin": (30, False),
    "area": (20, True),
    "other": (10, True),
}


@dataclass(frozen=True)
class Field:
    """One kind-specific field of an entry and the code list it takes."""

    name: str
    codes: CodeList
    multi: bool
    kinds: tuple[str, ...]
    required_for: tuple[str, ...] = ()


# Kind-specific coded fields, in form order. `name` is the CSV column and the
# database column.
CODED_FIELDS: tuple[Field, ...] = (
    Field("contact_type", CONTACT_TYPES, False, ("contact",), ("contact",)),
    Field("form", FORMS, False, ("contact",)),
    Field("group_type", GROUP_TYPES, False, ("group",), ("group",)),
    Field("meeting_type", MEETING_TYPES, False, ("meeting",), ("meeting",)),
    Field("category", TIME_CATEGORIES, False, ("time",), ("time",)),
    Field("age_group", AGE_GROUPS, False, ("visit", "contact", "group")),
    Field("topics", TOPICS, True, ("visit", "contact", "group", "meeting")),
    Field("partners", PARTNERS, True, ("contact", "group", "meeting")),
    Field("referral", REFERRALS, True, ("visit", "contact")),
)
FIELDS_BY_NAME = {f.name: f for f in CODED_FIELDS}

# Which kinds carry counts of people, and which may be an evening activity.
PEOPLE_KINDS = ("visit", "contact", "group")
EVENING_KINDS = ("group", "meeting")

ALL_LISTS: tuple[CodeList, ...] = (
    KINDS,
    CONTACT_TYPES,
    FORMS,
    AGE_GROUPS,
    TOPICS,
    MEETING_TYPES,
    PARTNERS,
    GROUP_TYPES,
    TIME_CATEGORIES,
)
