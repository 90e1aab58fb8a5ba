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
    ("email", "E-post"),
)

AGE_GROUPS = _codes(
    "age_group",
    ("0-5", "0–5 år"),
    ("6-12", "6–12 år"),
    ("13-16", "13–16 år"),
    ("17-20", "17–20 år"),
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
    ("pre_meeting", "Förmöte"),
    ("follow_up", "Uppföljningsmöte"),
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
    ("client", "Klientarbete – för- och efterarbete, dokumentation"),
    ("admin", "Administration"),
    ("apt", "APT"),
    ("training", "Fortbildning"),
    ("development", "Utvecklingsarbete"),
    ("area", "Områdesarbete"),
    ("travel", "Resor"),
    ("other", "Övrigt"),
)

# Family engagements (SPEC §12): one family's course in one assignment of the team.
ASSIGNMENTS = _codes(
    "assignment",
    ("coordinated", "Samordnat stöd"),
    ("network", "Nätverksarbete"),
)

BASES = _codes(
    "basis",
    ("service", "Service"),
    ("assistance", "Bistånd"),
    ("investigation", "Del av utredning (SoL)"),
)

# Who asked for the engagement: a partner organisation or the family itself.
SOURCES = CodeList("source", (*PARTNERS.items, ("family", "Familjen själv")))

AGE_BANDS = _codes(
    "age_band",
    ("0-5", "0–5 år"),
    ("6-12", "6–12 år"),
    ("13-16", "13–16 år"),
    ("17-20", "17–20 år"),
)

EMPLOYMENT = _codes(
    "employment",
    ("none", "Ingen sysselsättning"),
    ("partial", "Delvis (studier, praktik, deltid)"),
    ("full", "Sysselsättning"),
)

ECONOMY = _codes(
    "economy",
    ("support", "Försörjningsstöd"),
    ("partial", "Delvis egen försörjning"),
    ("own", "Egen försörjning"),
)

ELIGIBLE = _codes(
    "eligible",
    ("yes", "Behörig till nationellt gymnasieprogram"),
    ("no", "Inte behörig"),
    ("unknown", "Okänt"),
)

END_REASONS = _codes(
    "end_reason",
    ("goals_met", "Målen uppnådda"),
    ("partly", "Delvis uppnådda"),
    ("declined", "Familjen avböjde"),
    ("moved", "Flyttat"),
    ("other_support", "Annan insats tog över"),
    ("other", "Annat"),
)

SPLIT_CATEGORIES = _codes(
    "split",
    ("client", "Klientarbete"),
    ("area", "Områdesarbete"),
    ("admin", "Administration, utbildning, utveckling"),
    ("other", "Övrigt"),
)

# Time split (SPEC §9): which follow-up category an entry's minutes count in. Visits,
# contacts and groups by their kind; meetings by their type (a meeting about one family is
# client work); time entries by their category.
SPLIT_BY_KIND = {"visit": "client", "contact": "client", "group": "area"}
_CLIENT_MEETINGS = ("sip", "network_meeting", "pre_meeting", "follow_up")
SPLIT_BY_MEETING_TYPE = {
    code: "client" if code in _CLIENT_MEETINGS else "area" for code in MEETING_TYPES.codes
}
SPLIT_BY_TIME_CATEGORY = {
    "client": "client",
    "area": "area",
    "admin": "admin",
    "apt": "admin",
    "training": "admin",
    "development": "admin",
    "travel": "other",
    "other": "other",
}
# Which code decides the category, for the kinds whose kind alone does not.
SPLIT_CODE_FIELD = {"meeting": "meeting_type", "time": "category"}
_SPLIT_BY_CODE = {"meeting": SPLIT_BY_MEETING_TYPE, "time": SPLIT_BY_TIME_CATEGORY}


def split_category(kind: str, code: str | None = None) -> str:
    """The time-split category (SPLIT_CATEGORIES) of an entry of `kind`.

    `code` is the entry's value of SPLIT_CODE_FIELD[kind] (its meeting type or time
    category) and is needed only for those kinds. A code the tables do not know is a
    KeyError: every code of the lists above has its category.
    """
    if kind in SPLIT_BY_KIND:
        return SPLIT_BY_KIND[kind]
    return _SPLIT_BY_CODE[kind][code or ""]


@dataclass(frozen=True)
class SplitReference:
    """One category's share in the follow-up reference, as the source words it.

    `approx` is "ungefär" (~50 %); otherwise "strax under" (just below). Neither is a
    limit to stay under: a share far below "strax under 20" is as much off as one above.
    """

    percent: int
    approx: bool
    wording: str


# The follow-up reference of the 2019 decision on area social work (seeds/001): "~50 %
# klientarbete, ~30 % administration, utbildning, utveckling; strax under 20 %
# områdesarbete och kontakter; strax under 10 % övrigt".
SPLIT_REFERENCE = {
    "client": SplitReference(50, True, "cirka 50 %"),
    "admin": SplitReference(30, True, "cirka 30 %"),
    "area": SplitReference(20, False, "strax under 20 %"),
    "other": SplitReference(10, False, "strax under 10 %"),
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
# Meetings count the people present; persons met (SPEC §8) counts contacts only.
PEOPLE_KINDS = ("visit", "contact", "group", "meeting")
EVENING_KINDS = ("contact", "group", "meeting")
# The kinds that may name a family engagement (SPEC §12), and carry network counts.
ENGAGEMENT_KINDS = ("contact", "meeting", "time")
NETWORK_KINDS = ("meeting",)
# The contact form whose contacts say whether they were answered within 24 hours.
ANSWERED_FORM = "email"

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
# The code lists of an engagement (SPEC §12).
ENGAGEMENT_LISTS: tuple[CodeList, ...] = (
    ASSIGNMENTS,
    BASES,
    SOURCES,
    AGE_BANDS,
    EMPLOYMENT,
    ECONOMY,
    ELIGIBLE,
    END_REASONS,
)
