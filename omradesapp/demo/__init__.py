"""Realistic sample data: for `--demo`, the benchmarks and tests that need volume.

The mix follows the source documents: family centres mostly meet parents of
small children in advice conversations and spontaneous visits, area offices
handle service and assistance matters, the coordinated-support team works in
network and SIP meetings. Nothing here resembles a person.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from omradesapp.demo import engagements as demo_engagements
from omradesapp.domain import codes
from omradesapp.domain.entry import Entry, time_ordered_id
from omradesapp.store.database import Store, now_iso
from omradesapp.store.engagements import add_engagements
from omradesapp.store.entries import insert_rows
from omradesapp.store.org import Unit, ensure_worker, list_units

# Share of entries per kind, by unit kind.
_KIND_MIX = {
    # About 24 persons met individually a month per family centre (seeds/000).
    "family_centre": {"visit": 38, "contact": 20, "group": 12, "meeting": 12, "time": 18},
    "area_office": {"visit": 45, "contact": 35, "group": 5, "meeting": 8, "time": 7},
    "team": {"visit": 2, "contact": 30, "group": 3, "meeting": 55, "time": 10},
}
_TEAM_MEETINGS = ("network_meeting", "sip", "steering_group", "consultation")
_WORKERS = ["AB", "CD", "EF", "GH", "IJ", "KL", "MN", "OP", "QR", "ST", "UV", "XY", "ÅÄ", "ÖB"]


def _weekday(rng: random.Random, year: int, month: int, days: int) -> dt.date:
    while True:
        d = dt.date(year, month, rng.randint(1, days))
        if d.weekday() < 5:
            return d


def _pick(
    rng: random.Random, cl: codes.CodeList, k_max: int, weights: Sequence[int] = ()
) -> tuple[str, ...]:
    k = rng.randint(0, k_max)
    if not weights:
        weights = [len(cl.codes) - i for i in range(len(cl.codes))]
    chosen = {rng.choices(cl.codes, weights)[0] for _ in range(k)}
    return tuple(c for c in cl.codes if c in chosen)


def _ms(date: dt.date, rng: random.Random) -> int:
    """A plausible moment of saving on `date`, in ms since 1970 (for time-ordered ids)."""
    day = dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC).timestamp()
    return int(day * 1000) + rng.randint(7 * 3_600_000, 17 * 3_600_000)


def make_entry(rng: random.Random, unit: Unit, worker_id: int | None, date: dt.date) -> Entry:
    """One plausible entry of a unit on a date."""
    mix = _KIND_MIX[unit.kind]
    kind = rng.choices(list(mix), list(mix.values()))[0]
    f: dict[str, Any] = {
        "id": time_ordered_id(_ms(date, rng), rng.getrandbits(74)),
        "kind": kind,
        "date": date,
        "unit_id": unit.id,
        "worker_id": worker_id,
        "time": f"{rng.randint(8, 16):02d}:{rng.choice((0, 15, 30, 45)):02d}",
    }
    young = unit.kind == "family_centre"
    if kind == "visit":
        f["minutes"] = rng.choice((5, 10, 15, 20, 30))
        f["adults"] = rng.choices((1, 2, 3), (70, 25, 5))[0]
        f["children"] = rng.choices((0, 1, 2, 3), (50, 30, 15, 5))[0]
        f["age_group"] = rng.choice(("0-5", "6-12", "adult")) if young else "adult"
        f["topics"] = _pick(rng, codes.TOPICS, 2)
        f["referral"] = _pick(rng, codes.REFERRALS, 1)
    elif kind == "contact":
        form = rng.choices(codes.FORMS.codes, (45, 12, 8, 12, 15, 4, 4, 3))[0]
        f["form"] = form
        f["contact_type"] = rng.choices(
            codes.CONTACT_TYPES.codes, (70, 20, 10) if young else (35, 40, 25)
        )[0]
        f["minutes"] = rng.choice((30, 45, 60, 60, 90)) if form != "phone" else 15
        f["adults"] = rng.choices((1, 2), (75, 25))[0] if form != "child" else 0
        f["children"] = 1 if form in ("child", "family") else 0
        f["age_group"] = rng.choice(("0-5", "6-12", "13-16", "young_parent")) if young else "adult"
        f["topics"] = _pick(rng, codes.TOPICS, 3) or ("parenting",)
        f["referral"] = _pick(rng, codes.REFERRALS, 1)
    elif kind == "group":
        gtype = rng.choice(codes.GROUP_TYPES.codes)
        f["group_type"] = gtype
        f["minutes"] = rng.choice((90, 120, 120, 180))
        f["adults"] = rng.randint(3, 14)
        f["children"] = rng.randint(0, 10)
        f["evening"] = gtype in ("young_fathers", "young_parents") and rng.random() < 0.6
        if gtype.startswith("young"):
            f["age_group"] = "young_parent"
        if f["evening"]:
            f["time"] = "18:00"
    elif kind == "meeting":
        mtype = (
            rng.choices(_TEAM_MEETINGS, (70, 4, 1, 25))[0]
            if unit.kind == "team"
            else rng.choice(codes.MEETING_TYPES.codes)
        )
        f["meeting_type"] = mtype
        f["minutes"] = rng.choice((60, 90, 120))
        f["partners"] = _pick(rng, codes.PARTNERS, 4) or ("social_office",)
        f["evening"] = mtype == "safety_council" and rng.random() < 0.3
    else:
        f["minutes"] = rng.choice((30, 60, 120, 240))
        f["category"] = rng.choices(codes.TIME_CATEGORIES.codes, (25, 30, 8, 10, 10, 7, 5, 5))[0]
    return Entry(**f)


def generate(
    units: Sequence[Unit],
    workers: dict[int, list[int]],
    start: dt.date,
    end: dt.date,
    per_unit_month: int,
    seed: int = 1,
    scale: Callable[[Unit], int] | None = None,
) -> Iterator[Entry]:
    """About `per_unit_month` entries per unit and month from start to end, dated on weekdays
    (times `scale(unit)`, by default unit_scale)."""
    scale = scale or unit_scale
    rng = random.Random(seed)
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        days = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
        for unit in units:
            n = max(0, int(rng.gauss(per_unit_month, per_unit_month * 0.12)) * scale(unit))
            for _ in range(n):
                d = _weekday(rng, y, m, days)
                if start <= d <= end:
                    yield make_entry(rng, unit, rng.choice(workers[unit.id] or [None]), d)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def unit_scale(unit: Unit) -> int:
    """The team of four logs about three times the volume of one desk."""
    return 3 if unit.kind == "team" else 1


def populate(
    store: Store,
    start: dt.date,
    end: dt.date,
    per_unit_month: int = 100,
    seed: int = 1,
    batch: int = 20_000,
    engagements: bool = False,
) -> int:
    """Fill a database with sample data (workers included); returns the number of entries.

    With `engagements`, the team units also get family engagements and their linked
    entries (demo/engagements.py), and log fewer entries of their own.
    """
    units = list_units(store)
    workers: dict[int, list[int]] = {}
    with store.transaction() as c:
        for i, u in enumerate(units):
            count = 4 if u.kind == "team" else 1
            names = [_WORKERS[(i * 2 + j) % len(_WORKERS)] + str(i + 1) for j in range(count)]
            workers[u.id] = [ensure_worker(c, name, u.id) for name in names]
    total = 0
    pending: list[Entry] = []
    at = now_iso()
    scale = unit_scale if not engagements else (lambda _unit: 1)
    for entry in generate(units, workers, start, end, per_unit_month, seed, scale):
        pending.append(entry)
        if len(pending) >= batch:
            total += _flush(store, pending, at)
    total += _flush(store, pending, at)
    if engagements:
        for unit in units:
            if unit.kind == "team":
                total += _engagements(store, unit.id, workers[unit.id], start, end, seed, batch)
    return total


def _engagements(
    store: Store,
    unit_id: int,
    workers: list[int],
    start: dt.date,
    end: dt.date,
    seed: int,
    batch: int,
) -> int:
    """A team unit's engagements (codes made by the store) and their linked entries."""
    rng = random.Random(seed * 7919 + unit_id)
    courses = demo_engagements.plan(rng, unit_id, workers, start, end)
    with store.transaction() as c:
        opened = add_engagements(c, [k.draft for k in courses], store.device, now_iso())
    total = 0
    pending: list[Entry] = []
    at = now_iso()
    for e, course in zip(opened, courses, strict=True):
        pending.extend(demo_engagements.linked_entries(rng, e, course.worker_id, end))
        if len(pending) >= batch:
            total += _flush(store, pending, at)
    return total + _flush(store, pending, at)


def _flush(store: Store, pending: list[Entry], at: str) -> int:
    with store.transaction() as c:
        insert_rows(c, pending, store.device, at)
    n = len(pending)
    pending.clear()
    return n
