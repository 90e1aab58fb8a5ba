"""Sample family engagements of the team (SPEC §12) and the entries linked to them.

The volumes follow the contract (seeds/002): about 30 families a year in coordinated
support and 150 in network work, at about 13 hours per network family. Network work runs
for weeks to a few months, coordinated support for months; a few engagements stay open
over a year. Nothing here resembles a person: codes, dates and counts only.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from omradesapp.domain.engagement import Engagement
from omradesapp.domain.entry import Entry, time_ordered_id, validate

STARTED_PER_YEAR = {"coordinated": 30, "network": 150}
# Minutes of the linked contacts, network meetings and client time of a whole engagement;
# with the pre-meeting and the follow-up a network family gets about 13 hours.
MINUTES_PER_FAMILY = {"coordinated": (2400, 600), "network": (680, 170)}
# Weeks an engagement runs, when it does not run over a year.
WEEKS = {"coordinated": (8, 40), "network": (3, 20)}
OVER_A_YEAR = {"coordinated": 0.1, "network": 0.03}

_SOURCES = {"school": 30, "student_health": 20, "social_office": 20, "family": 12,
            "bvc": 6, "bup": 6, "preschool": 6}  # fmt: skip
_END_REASONS = {"goals_met": 45, "partly": 25, "declined": 8, "moved": 7,
                "other_support": 10, "other": 5}  # fmt: skip
_LEVELS = {"employment": ("none", "partial", "full"), "economy": ("support", "partial", "own")}


@dataclass(frozen=True)
class Course:
    """An engagement as planned: its draft and who works with the family."""

    draft: Engagement
    worker_id: int | None


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), list(weights.values()))[0]


def _weekday(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    span = (last - first).days
    for _ in range(20):
        d = first + dt.timedelta(days=rng.randint(0, max(span, 0)))
        if d.weekday() < 5:
            return d
    return first


def _outcome(rng: random.Random, start_level: str | None, kind: str) -> str | None:
    """A level at the end: most stay, some get better, a few worse."""
    if start_level is None:
        return None
    levels = _LEVELS[kind]
    i = levels.index(start_level) + rng.choices((0, 1, -1), (60, 32, 8))[0]
    return levels[min(max(i, 0), len(levels) - 1)]


def _course(
    rng: random.Random, unit_id: int, assignment: str, start: dt.date, today: dt.date
) -> Engagement:
    if rng.random() < OVER_A_YEAR[assignment]:
        days = rng.randint(400, 800)
    else:
        days = 7 * rng.randint(*WEEKS[assignment])
    end: dt.date | None = start + dt.timedelta(days=days)
    if end is not None and end > today:
        end = None
    age_band = rng.choices(("0-5", "6-12", "13-16", "17-20"), (10, 40, 40, 10))[0]
    children = rng.choices((1, 2, 3), (60, 30, 10))[0]
    girls = rng.randint(0, children)
    sip_at_start = rng.random() < (0.3 if assignment == "coordinated" else 0.1)
    sip_date = None
    if not sip_at_start and rng.random() < (0.5 if assignment == "coordinated" else 0.15):
        last = end or today
        if (last - start).days > 14:
            sip_date = _weekday(rng, start + dt.timedelta(days=14), last)
    employment = rng.choices(_LEVELS["employment"], (40, 35, 25))[0]
    economy = rng.choices(_LEVELS["economy"], (40, 30, 30))[0]
    soc = rng.randint(30, 70) if rng.random() < 0.6 else None
    e = Engagement(
        unit_id=unit_id,
        assignment=assignment,
        basis="service"
        if assignment == "coordinated"
        else rng.choices(("service", "assistance", "investigation"), (60, 25, 15))[0],
        source=_weighted(rng, _SOURCES),
        requested=start - dt.timedelta(days=rng.randint(2, 30)),
        start=start,
        consent=rng.random() < 0.95,
        age_band=age_band,
        girls=girls,
        boys=children - girls,
        sip_at_start=sip_at_start,
        sip_date=sip_date,
        employment_start=employment,
        economy_start=economy,
        soc_start=soc,
    )
    if end is None:
        return e
    return e.with_changes(
        end=end,
        end_reason=_weighted(rng, _END_REASONS),
        employment_end=_outcome(rng, employment, "employment"),
        economy_end=_outcome(rng, economy, "economy"),
        soc_end=None if soc is None else min(91, max(13, soc + rng.randint(-5, 15))),
        eligible=rng.choices(("yes", "no", "unknown"), (60, 25, 15))[0]
        if age_band == "13-16"
        else None,
    )


def plan(
    rng: random.Random,
    unit_id: int,
    workers: Sequence[int],
    start: dt.date,
    end: dt.date,
) -> list[Course]:
    """The engagements of a team unit started from `start` to `end`, oldest first."""
    courses = []
    days = (end - start).days + 1
    for assignment, per_year in STARTED_PER_YEAR.items():
        n = max(0, round(rng.gauss(per_year, per_year * 0.08) * days / 365))
        for _ in range(n):
            first = _weekday(rng, start, end)
            draft = _course(rng, unit_id, assignment, first, end)
            courses.append(Course(draft, rng.choice(list(workers)) if workers else None))
    courses.sort(key=lambda c: (c.draft.start, c.draft.assignment))
    return courses


def _ms(date: dt.date, rng: random.Random) -> int:
    day = dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC).timestamp()
    return int(day * 1000) + rng.randint(7 * 3_600_000, 17 * 3_600_000)


def linked_entries(
    rng: random.Random, e: Engagement, worker_id: int | None, today: dt.date
) -> Iterator[Entry]:
    """The meetings, contacts and client time of one engagement (its code already made)."""
    last = min(e.end or today, today)
    mean, sd = MINUTES_PER_FAMILY[e.assignment]
    whole = max(180.0, rng.gauss(mean, sd))
    if e.end is None:  # an open engagement has done part of its work
        done = (today - e.start).days / (7 * WEEKS[e.assignment][1])
        whole *= min(1.0, max(0.1, done))
    contact_type = "service" if e.basis == "service" else "assistance"

    def entry(kind: str, date: dt.date, minutes: int, **fields: object) -> Entry:
        return validate(
            Entry(
                kind, date, e.unit_id, worker_id=worker_id, minutes=minutes,
                time=f"{rng.randint(8, 15):02d}:{rng.choice((0, 30)):02d}", engagement=e.code,
                id=time_ordered_id(_ms(date, rng), rng.getrandbits(74)), **fields,  # type: ignore[arg-type]
            )
        )  # fmt: skip

    minutes = 0
    partners = ("school", "student_health") if e.age_band != "0-5" else ("bvc", "preschool")
    yield entry("meeting", e.start, 45, meeting_type="pre_meeting", partners=partners[:1])
    minutes += 45
    if e.sip_date is not None:
        yield entry("meeting", e.sip_date, 90, meeting_type="sip", adults=2, children=1,
                    partners=("social_office", *partners), professional_network=4,
                    private_network=2)  # fmt: skip
        minutes += 90
    while minutes < whole:
        d = _weekday(rng, e.start, last)
        kind = rng.choices(("network", "contact", "email", "time"), (35, 25, 15, 25))[0]
        if kind == "network":
            m = rng.choice((60, 90, 90, 120))
            yield entry("meeting", d, m, meeting_type="network_meeting", partners=partners,
                        adults=rng.randint(1, 3), children=rng.randint(0, 2),
                        private_network=rng.randint(1, 5),
                        professional_network=rng.randint(2, 6))  # fmt: skip
        elif kind == "contact":
            form = rng.choices(("phone", "home_visit", "family", "individual"), (40, 25, 20, 15))[0]
            m = {"phone": 20, "home_visit": 90, "family": 60, "individual": 45}[form]
            yield entry("contact", d, m, contact_type=contact_type, form=form,
                        adults=rng.randint(1, 2), children=int(form == "family"),
                        age_group=e.age_band)  # fmt: skip
        elif kind == "email":
            m = 10
            yield entry("contact", d, m, contact_type=contact_type, form="email", adults=1,
                        answered_24h=rng.random() < 0.9)  # fmt: skip
        else:
            m = rng.choice((30, 45, 60))
            yield entry("time", d, m, category="client")
        minutes += m
    if e.end is not None:
        yield entry("meeting", e.end, 60, meeting_type="follow_up", partners=partners[:1],
                    adults=2)  # fmt: skip
