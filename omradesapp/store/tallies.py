"""Counts per month, unit, kind and code: the raw material of every report figure.

The `tallies` table is updated in the same transaction as every entry write
(`apply`), so a ten-year report reads a few thousand rows instead of a million
entries. Part months at the ends of a period, and reports for one worker, are
counted from the entries themselves; both paths give rows of the same shape,
and the tests hold them to the same numbers.

Two sums of the tallies are written with them: `tallies_by_year` (per unit) and
`tallies_all_units` (per month). A long period reads its whole years from the
first and the months of all units from the second, so a report's cost stops
growing once the codes in use stop growing, not with the entries.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter
from typing import NamedTuple, TypeVar

from omradesapp.domain.entry import Entry
from omradesapp.store.database import Store

SINGLE_MEASURES = ("contact_type", "form", "group_type", "meeting_type", "category", "age_group")
MULTI_MEASURES = ("topics", "partners", "referral")
_singles_of = itemgetter(*SINGLE_MEASURES)  # an entry's __dict__ -> its single codes


class TallyRow(NamedTuple):
    """Counts for entries of one month, unit and kind; measure/code '' is all of them.

    A tuple: a ten-year report makes some twenty thousand of them.
    """

    month: str
    unit_id: int
    kind: str
    measure: str
    code: str
    n: int
    adults: int
    children: int
    minutes: int
    evening: int

    @property
    def people(self) -> int:
        return self.adults + self.children


TallyKey = tuple[str, int, str, str, str]  # month, unit_id, kind, measure, code


Counts = dict[TallyKey, list[int]]
K = TypeVar("K", bound=tuple[object, ...])


def gather(acc: Counts, entries: Iterable[Entry], sign: int) -> None:
    """Add (sign 1) or take away (sign -1) entries' counts in `acc`, to be written by `write`.

    An import gathers all its rows in one `acc`: its size is the number of distinct
    month/unit/kind/code keys, not of rows. An entry counts under ('', '') and under each of
    its codes. This runs for every imported row: entries are first summed by their
    single codes together (few combinations), then each combination is spread over its
    codes' keys; multi-code fields go to their keys directly.
    """
    combos: dict[tuple[tuple[str, int, str], tuple[str | None, ...]], list[int]] = {}
    get_combo, get = combos.get, acc.get
    months: dict[dt.date, str] = {}  # a batch has a few dozen days
    for e in entries:
        values = e.__dict__  # faster than getattr
        day = values["date"]
        month = months.get(day)
        if month is None:
            month = months[day] = day.isoformat()[:7]
        n, adults, children = sign, sign * (values["adults"] or 0), sign * (values["children"] or 0)
        minutes, evening = sign * (values["minutes"] or 0), sign if values["evening"] else 0
        base: tuple[str, int, str] = (month, values["unit_id"], values["kind"])
        combo = (base, _singles_of(values))
        slot = get_combo(combo)
        if slot is None:
            combos[combo] = [n, adults, children, minutes, evening]
        else:
            slot[0] += n
            slot[1] += adults
            slot[2] += children
            slot[3] += minutes
            slot[4] += evening
        for m in MULTI_MEASURES:
            for code in values[m]:
                key = (*base, m, code)
                slot = get(key)
                if slot is None:
                    acc[key] = [n, adults, children, minutes, evening]
                else:
                    slot[0] += n
                    slot[1] += adults
                    slot[2] += children
                    slot[3] += minutes
                    slot[4] += evening
    for (base, singles), counts in combos.items():
        _add_into(acc, (*base, "", ""), counts)
        for m, code in zip(SINGLE_MEASURES, singles, strict=True):
            if code is not None:
                _add_into(acc, (*base, m, code), counts)


_ADD_COUNTS = (
    "n = n + excluded.n, adults = adults + excluded.adults, "
    "children = children + excluded.children, minutes = minutes + excluded.minutes, "
    "evening = evening + excluded.evening"
)
_COUNTS = "n, adults, children, minutes, evening"
_SUMS = "sum(n), sum(adults), sum(children), sum(minutes), sum(evening)"


def _upsert(conn: sqlite3.Connection, table: str, key: str, sums: dict[K, list[int]]) -> None:
    """Add `sums` (key columns -> counts) to `table`, whose primary key is `key`."""
    marks = ", ".join("?" * (key.count(",") + 6))
    conn.executemany(
        f"INSERT INTO {table}({key}, {_COUNTS}) VALUES ({marks}) "
        f"ON CONFLICT({key}) DO UPDATE SET {_ADD_COUNTS}",
        [(*k, *v) for k, v in sums.items()],
    )


def _add_into(sums: dict[K, list[int]], key: K, counts: list[int]) -> None:
    slot = sums.get(key)
    if slot is None:
        sums[key] = list(counts)
    else:
        for i, c in enumerate(counts):
            slot[i] += c


def write(conn: sqlite3.Connection, acc: Counts) -> None:
    """Add gathered counts to the tallies and their sums, in the caller's transaction."""
    by_year: dict[tuple[int, int, str, str, str], list[int]] = {}
    all_units: dict[tuple[str, str, str, str], list[int]] = {}
    for (month, unit_id, kind, measure, code), counts in acc.items():
        _add_into(by_year, (int(month[:4]), unit_id, kind, measure, code), counts)
        _add_into(all_units, (month, kind, measure, code), counts)
    _upsert(conn, "tallies", "month, unit_id, kind, measure, code", acc)
    _upsert(conn, "tallies_by_year", "year, unit_id, kind, measure, code", by_year)
    _upsert(conn, "tallies_all_units", "month, kind, measure, code", all_units)


def apply(conn: sqlite3.Connection, entries: Iterable[Entry], sign: int) -> None:
    """Add (sign 1) or take away (sign -1) entries from the tallies, in the caller's transaction."""
    acc: Counts = {}
    gather(acc, entries, sign)
    write(conn, acc)


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    year, mon = int(month[:4]), int(month[5:7])
    return dt.date(year, mon, 1), dt.date(year, mon, calendar.monthrange(year, mon)[1])


def months_between(start: dt.date, end: dt.date) -> list[str]:
    """Every calendar month touched by start..end, as 'YYYY-MM'."""
    out = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def tally(
    store: Store,
    start: dt.date,
    end: dt.date,
    unit_ids: Sequence[int] = (),
    worker_id: int | None = None,
    per_month: bool = True,
    per_unit: bool = True,
) -> list[TallyRow]:
    """TallyRows for entries dated start..end (inclusive), optionally for some units or a worker.

    Without `per_month` the months are summed (month ''), without `per_unit` the units
    (unit_id 0): either is much less to read for a long period.
    """
    months = months_between(start, end)
    whole = [m for m in months if start <= month_bounds(m)[0] and month_bounds(m)[1] <= end]
    if worker_id is not None or not whole:
        return list(_from_entries(store, start, end, unit_ids, worker_id, per_month, per_unit))
    rows = list(_from_tallies(store, whole[0], whole[-1], unit_ids, per_month, per_unit))
    first, last = month_bounds(whole[0])[0], month_bounds(whole[-1])[1]
    if start < first:
        before = first - dt.timedelta(days=1)
        rows.extend(_from_entries(store, start, before, unit_ids, None, per_month, per_unit))
    if end > last:
        after = last + dt.timedelta(days=1)
        rows.extend(_from_entries(store, after, end, unit_ids, None, per_month, per_unit))
    return rows


def _unit_clause(column: str, unit_ids: Sequence[int]) -> tuple[str, list[int]]:
    if not unit_ids:
        return "", []
    return f" AND {column} IN ({', '.join('?' * len(unit_ids))})", list(unit_ids)


def _whole_years(first: str, last: str) -> tuple[tuple[int, int] | None, list[tuple[str, str]]]:
    """The whole calendar years among the months first..last, and the month spans left over."""
    y0 = int(first[:4]) + (first[5:] != "01")
    y1 = int(last[:4]) - (last[5:] != "12")
    if y0 > y1:
        return None, [(first, last)]
    spans = []
    if first[5:] != "01":
        spans.append((first, f"{y0 - 1:04d}-12"))
    if last[5:] != "12":
        spans.append((f"{y1 + 1:04d}-01", last))
    return (y0, y1), spans


def _from_tallies(
    store: Store,
    first: str,
    last: str,
    unit_ids: Sequence[int],
    per_month: bool = True,
    per_unit: bool = True,
) -> Iterator[TallyRow]:
    """Rows for the whole months first..last ('YYYY-MM') from the tallies or their sums."""
    clause, args = _unit_clause("unit_id", unit_ids)
    unit, by_unit = ("unit_id", "unit_id, ") if per_unit else ("0", "")
    params: list[object]
    if per_month and not per_unit and not unit_ids:
        sql = (
            f"SELECT month, 0, kind, measure, code, {_COUNTS} FROM tallies_all_units "
            "WHERE month BETWEEN ? AND ? AND n != 0"
        )
        params = [first, last]
    elif per_month:
        sql = (
            f"SELECT month, {unit}, kind, measure, code, {_SUMS} FROM tallies "
            f"WHERE month BETWEEN ? AND ?{clause} "
            f"GROUP BY month, {by_unit}kind, measure, code HAVING sum(n) != 0"
        )
        params = [first, last, *args]
    else:
        years, spans = _whole_years(first, last)
        parts, params = [], []
        for a, b in spans:
            parts.append(
                f"SELECT unit_id, kind, measure, code, {_COUNTS} FROM tallies "
                f"WHERE month BETWEEN ? AND ?{clause}"
            )
            params += [a, b, *args]
        if years:
            parts.append(
                f"SELECT unit_id, kind, measure, code, {_COUNTS} FROM tallies_by_year "
                f"WHERE year BETWEEN ? AND ?{clause}"
            )
            params += [*years, *args]
        sql = (
            f"SELECT '', {unit}, kind, measure, code, {_SUMS} FROM "
            f"({' UNION ALL '.join(parts)}) "
            f"GROUP BY {by_unit}kind, measure, code HAVING sum(n) != 0"
        )
    return map(TallyRow._make, store.conn.execute(sql, params))


def _from_entries(
    store: Store,
    start: dt.date,
    end: dt.date,
    unit_ids: Sequence[int],
    worker_id: int | None,
    per_month: bool = True,
    per_unit: bool = True,
) -> Iterator[TallyRow]:
    clause, args = _unit_clause("unit_id", unit_ids)
    if worker_id is not None:
        clause += " AND worker_id = ?"
        args.append(worker_id)
    dims = ", ".join(SINGLE_MEASURES + MULTI_MEASURES)
    month = "substr(date, 1, 7)" if per_month else "''"
    unit, by_unit = ("unit_id", "unit_id, ") if per_unit else ("0", "")
    sql = (
        f"SELECT {month}, {unit}, kind, {dims}, count(*), "
        "sum(coalesce(adults, 0)), sum(coalesce(children, 0)), sum(coalesce(minutes, 0)), "
        f"sum(evening) FROM entries WHERE deleted_at IS NULL AND date BETWEEN ? AND ?{clause} "
        f"GROUP BY {month}, {by_unit}kind, {dims}"
    )
    acc: dict[tuple[str, int, str, str, str], list[int]] = {}
    nsingle = len(SINGLE_MEASURES)
    for r in store.conn.execute(sql, (start.isoformat(), end.isoformat(), *args)):
        month, unit_id, kind = r[0], r[1], r[2]
        singles = r[3 : 3 + nsingle]
        multis = r[3 + nsingle : 3 + nsingle + len(MULTI_MEASURES)]
        counts = r[-5:]
        keys = [("", "")]
        keys += [(m, v) for m, v in zip(SINGLE_MEASURES, singles, strict=True) if v is not None]
        for m, v in zip(MULTI_MEASURES, multis, strict=True):
            keys += [(m, code) for code in json.loads(v)]
        for measure, code in keys:
            slot = acc.setdefault((month, unit_id, kind, measure, code), [0, 0, 0, 0, 0])
            for i, c in enumerate(counts):
                slot[i] += c
    for (month, unit_id, kind, measure, code), c in acc.items():
        yield TallyRow(month, unit_id, kind, measure, code, *c)


def rebuild_tallies(store: Store) -> None:
    """Recount the tallies and their sums from the entries (`check --repair-tallies`, tests)."""
    with store.transaction() as c:
        for table in ("tallies", "tallies_by_year", "tallies_all_units"):
            c.execute(f"DELETE FROM {table}")
        rows = _from_entries(store, dt.date.min, dt.date.max, (), None)
        write(c, {(r.month, r.unit_id, r.kind, r.measure, r.code): list(r[5:]) for r in rows})
