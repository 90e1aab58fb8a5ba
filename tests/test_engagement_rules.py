"""The rules of an engagement and of schema 2's entry fields (SPEC §9, §12), without a store."""

from __future__ import annotations

import datetime as dt

import pytest

from omradesapp.domain import codes, engagement_code
from omradesapp.domain.engagement import Engagement, validate_engagement
from omradesapp.domain.engagement_code import code_problem, make_code
from omradesapp.domain.entry import Entry, ValidationError, validate

D = dt.date
UUID = "0190f1c2-3b4d-7e5f-8a9b-0c1d2e3f4a5b"


def closed(**changes: object) -> Engagement:
    e = Engagement(
        unit_id=1, assignment="network", basis="investigation", source="family",
        requested=D(2025, 3, 1), start=D(2025, 3, 3), end=D(2025, 9, 30), code="NV-2025-113",
        end_reason="partly", sip_date=D(2025, 4, 2), employment_start="none",
        employment_end="partial", soc_start=13, soc_end=91, eligible="unknown", boys=10,
    )  # fmt: skip
    return e.with_changes(**changes)


def refused(e: Engagement, field: str, *, code_required: bool = True) -> str:
    with pytest.raises(ValidationError) as caught:
        validate_engagement(e, code_required=code_required)
    assert caught.value.field == field, caught.value.message
    return caught.value.message


def test_a_whole_engagement_passes_and_gets_an_id() -> None:
    e = validate_engagement(closed())
    assert len(e.id) == 36 and e.code == "NV-2025-113"
    assert validate_engagement(e) == e


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"start": D(2025, 2, 28)}, "start", "före förfrågan"),
        ({"end": D(2025, 3, 2)}, "end", "före start"),
        ({"sip_date": D(2025, 3, 1)}, "sip_date", "före start"),
        ({"sip_date": D(2025, 10, 1)}, "sip_date", "efter avslut"),
        ({"end_reason": None}, "end_reason", "måste anges"),
        ({"end": None}, "employment_end", "först när insatsen avslutas"),
        ({"end": None, "employment_end": None, "soc_end": None, "eligible": None,
          "end_reason": None, "economy_end": "own"}, "economy_end", "först när"),
        ({"assignment": "coordinated", "code": "SS-2025-001"}, "basis", "service"),
        ({"assignment": "family"}, "assignment", "Okänd kod"),
        ({"source": "Kalle"}, "source", "Okänd kod"),
        ({"age_band": "16-22"}, "age_band", "Okänd kod"),
        ({"eligible": "maybe"}, "eligible", "Okänd kod"),
        ({"girls": -1}, "girls", "0–10"),
        ({"boys": 11}, "boys", "0–10"),
        ({"soc_start": 12}, "soc_start", "13–91"),
        ({"soc_end": 92}, "soc_end", "13–91"),
        ({"girls": "2"}, "girls", "heltal"),
        ({"consent": 1}, "consent", "ja eller nej"),
        ({"start": "2025-03-03"}, "start", "inget datum"),
        ({"basis": 3}, "basis", "en kod"),
        ({"code": "SS-2025-113"}, "assignment", "annat uppdrag"),
    ],
)  # fmt: skip
def test_each_rule_names_its_field(changes: dict[str, object], field: str, words: str) -> None:
    assert words in refused(closed(**changes), field)


@pytest.mark.parametrize(
    "code",
    ["", "NV-2025-", "NV-2025-12345", "nv-2025-113", "NV-25-113", "NV-2025-113\n",
     " NV-2025-113", "Anna-2025-1", "850101-1236", "NV-2025-11a", "N1-2025-113"],
)  # fmt: skip
def test_a_code_not_of_the_shape_is_refused(code: str) -> None:
    assert "SS-2025-007" in refused(closed(code=code), "code")
    assert code_problem(code) is not None


def test_a_code_the_identity_guard_refuses_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from omradesapp.domain.identity import IdentityError, find_identity

    finding = find_identity("19850101-1236")
    assert finding is not None

    def guard(text: str | None) -> None:
        raise IdentityError(finding)

    monkeypatch.setattr(engagement_code, "check_free_text", guard)
    assert "personnummer" in refused(closed(), "code")
    assert code_problem("NV-2025-113") is not None


def test_codes_are_made_in_the_shape() -> None:
    assert make_code("coordinated", 2025, 7) == "SS-2025-007"
    assert make_code("network", 2025, 1234) == "NV-2025-1234"
    with pytest.raises(ValueError):
        make_code("network", 2025, 10_000)
    assert code_problem(make_code("network", 2030, 9999)) is None


def test_a_draft_waits_for_its_code() -> None:
    assert validate_engagement(closed(code=""), code_required=False).code == ""
    refused(closed(code=""), "code")


# -- schema 2's entry fields -------------------------------------------------------------


def test_a_newline_after_an_id_or_a_time_is_refused() -> None:
    """`$` matches before a final newline: a pattern check with it let these through."""
    base = Entry("visit", D(2026, 3, 2), 1)
    with pytest.raises(ValidationError) as caught:
        validate(base.with_changes(id=UUID + "\n"))
    assert caught.value.field == "id"
    with pytest.raises(ValidationError) as caught:
        validate(base.with_changes(time="10:00\n"))
    assert caught.value.field == "time"
    assert validate(base.with_changes(id=UUID, time="10:00")).id == UUID


def meeting(**changes: object) -> Entry:
    e = Entry("meeting", D(2026, 3, 2), 1, meeting_type="network_meeting", minutes=60)
    return e.with_changes(**changes)


def email(**changes: object) -> Entry:
    e = Entry("contact", D(2026, 3, 2), 1, contact_type="service", form="email", adults=1)
    return e.with_changes(**changes)


def test_schema_2_fields_are_taken_where_they_belong() -> None:
    m = validate(meeting(adults=3, children=2, private_network=4, professional_network=100,
                         evening=True, engagement="NV-2026-001"))  # fmt: skip
    assert (m.people, m.private_network, m.professional_network) == (5, 4, 100)
    c = validate(email(answered_24h=True, evening=True, engagement="SS-2026-012"))
    assert c.answered_24h and c.evening
    t = validate(Entry("time", D(2026, 3, 2), 1, category="client", engagement="NV-2026-1"))
    assert t.engagement == "NV-2026-1"
    assert validate(email(form="email")).answered_24h is False


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        (meeting(private_network=101), "private_network"),
        (meeting(professional_network=-1), "professional_network"),
        (email(private_network=1), "private_network"),
        (email(form="phone", answered_24h=True), "answered_24h"),
        (meeting(answered_24h=True), "answered_24h"),
        (Entry("visit", D(2026, 3, 2), 1, engagement="NV-2026-001"), "engagement"),
        (Entry("group", D(2026, 3, 2), 1, group_type="lecture", engagement="NV-2026-001"),
         "engagement"),
        (meeting(engagement="NV-2026-001\n"), "engagement"),
        (meeting(engagement="19850101-1236"), "engagement"),
        (meeting(engagement="Familjen Svensson"), "engagement"),
        (Entry("visit", D(2026, 3, 2), 1, evening=True), "evening"),
    ],
)  # fmt: skip
def test_schema_2_fields_elsewhere_are_refused(entry: Entry, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate(entry)
    assert caught.value.field == field


# -- the code lists and the time split --------------------------------------------------


def test_the_schema_2_codes_and_labels() -> None:
    assert codes.MEETING_TYPES.label("pre_meeting") == "Förmöte"
    assert codes.MEETING_TYPES.label("follow_up") == "Uppföljningsmöte"
    assert codes.FORMS.label("email") == "E-post"
    assert "17-20" in codes.AGE_GROUPS
    assert codes.TIME_CATEGORIES.label("client").startswith("Klientarbete – för- och efter")
    assert codes.SOURCES.codes == (*codes.PARTNERS.codes, "family")
    assert codes.BASES.label("investigation") == "Del av utredning (SoL)"
    assert codes.END_REASONS.codes == (
        "goals_met", "partly", "declined", "moved", "other_support", "other",
    )  # fmt: skip


def test_the_time_split_of_section_9() -> None:
    split = codes.split_category
    assert split("visit") == split("contact") == "client"
    assert split("group") == "area"
    for mtype in ("sip", "network_meeting", "pre_meeting", "follow_up"):
        assert split("meeting", mtype) == "client"
    others = set(codes.MEETING_TYPES.codes) - {"sip", "network_meeting", "pre_meeting",
                                                 "follow_up"}  # fmt: skip
    assert {split("meeting", m) for m in others} == {"area"}
    assert split("time", "client") == "client"
    assert split("time", "area") == "area"
    assert {split("time", c) for c in ("admin", "apt", "training", "development")} == {"admin"}
    assert {split("time", c) for c in ("travel", "other")} == {"other"}


def test_the_reference_is_data_and_calls_nothing_ok_for_being_below() -> None:
    ref = codes.SPLIT_REFERENCE
    assert [(k, ref[k].percent, ref[k].approx) for k in ("client", "admin", "area", "other")] == [
        ("client", 50, True), ("admin", 30, True), ("area", 20, False), ("other", 10, False),
    ]  # fmt: skip
    assert ref["area"].wording == "strax under 20 %"
