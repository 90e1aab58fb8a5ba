"""The team's pages (SPEC §12): family engagements against the contract's volumes and
references, throughput, SIP, outcomes, the steering group and e-mail replies.

The numbers come from the `engagements` block that `figures.compute()` put in each team unit;
this module only words and lays them out. Outcome counts of one or two families print as
"<3" (the JSON report keeps them exact).
"""

from __future__ import annotations

from typing import Any

from omradesapp.domain import codes, swedish
from omradesapp.domain.engagement_block import OUTCOMES
from omradesapp.reports.content import Cell, Chart, Section, Table
from omradesapp.reports.periods import TREND_MONTHS
from omradesapp.reports.sections import Context
from omradesapp.reports.sections_detail import figure_value, gap_text, share, year_forecast
from omradesapp.store.org import fte_by_year, fte_in_year, targets_in

# The contract's references (seeds/002): hours per family in network work, steering-group
# meetings a year.
HOURS_REFERENCE = 13
STEERING_GROUP_MINIMUM = 3
SMALL = 3  # outcome counts from 1 to SMALL - 1 print as "<3"

OUTCOME_TABLES = (
    ("by_source", "Vem tog initiativet (påbörjade)", "Initiativ från"),
    ("end_reasons", "Avslutsorsak (avslutade)", "Orsak"),
    ("employment", "Föräldrarnas sysselsättning (avslutade)", "Förändring"),
    ("economy", "Familjens ekonomi (avslutade)", "Förändring"),
    ("eligible", "Behörighet till gymnasiet (avslutade)", "Behörig"),
)

_ONLY_COUNTED = ("by_source",)  # a long list: only the sources that started an engagement


def small(n: int) -> Cell:
    """An outcome count as printed: 1 or 2 families become '<3', so none can be recognised."""
    return f"<{SMALL}" if 0 < n < SMALL else n


def sections(ctx: Context) -> list[Section]:
    """One section per team unit in the report (none for a worker's report)."""
    r = ctx.report
    if r.worker:
        return []
    teams = [
        u for u in r.unit_list if u.kind == "team" and "engagements" in r.units.get(u.name, {})
    ]
    return [team_section(ctx, u.id, u.name) for u in teams]


def _assignments(ctx: Context) -> list[tuple[str, str]]:
    return [(a, ctx.label(codes.ASSIGNMENTS, a)) for a in codes.ASSIGNMENTS.codes]


def team_section(ctx: Context, unit_id: int, name: str) -> Section:
    r = ctx.report
    eng = r.units[name]["engagements"]
    ytd_eng = ctx.cmp.year_to_date.units.get(name, {}).get("engagements")
    tables = [
        _started(ctx, unit_id, eng, ytd_eng),
        _hours(ctx, eng),
        _throughput(ctx, eng),
        _sip(ctx, eng),
        _steering_and_email(ctx, name),
        *(_outcome(ctx, key, title, head, eng[key]) for key, title, head in OUTCOME_TABLES),
    ]
    text = [
        "Diagrammet visar påbörjade familjeinsatser per månad och uppdrag de senaste "
        f"{TREND_MONTHS} månaderna. "
        f'Utfallstabellerna visar 1 eller 2 familjer som "<{SMALL}", så att ingen familj kan '
        "kännas igen. Koderna för insatserna finns bara i journalen."
    ]
    return Section(f"Familjeinsatser – {name}", tables, chart=_chart(ctx), text=text)


def _target(ctx: Context, unit_id: int, figure: str) -> float | None:
    """The unit's target for the report's year, scaled by its FTE where it is per FTE."""
    year = ctx.report.end.year
    units = {u.id: u for u in ctx.report.unit_list}
    for t in targets_in(ctx.store, year):
        if t.unit_id == unit_id and t.figure == figure:
            return t.for_fte(fte_in_year(units[unit_id], year, fte_by_year(ctx.store)))
    return None


def _started(ctx: Context, unit_id: int, eng: dict[str, Any], ytd: dict[str, Any] | None) -> Table:
    r = ctx.report
    rows: list[list[Cell]] = []
    for a, label in _assignments(ctx):
        goal = _target(ctx, unit_id, f"engagements.started.{a}")
        done = figure_value(ytd or {}, f"started.{a}") or 0
        forecast = year_forecast(done, r.end)
        rows.append([
            label, eng["started"][a], _whole(goal), int(done), forecast,
            share(forecast or 0, goal) if goal else None,
        ])  # fmt: skip
    return Table(
        f"Påbörjade familjeinsatser mot målen för {r.end.year}",
        [
            "Uppdrag",
            "Påbörjade i perioden",
            "Mål helår",
            "Påbörjade hittills i år",
            "Prognos helår",
            "Prognos mot mål (%)",
        ],
        rows,
        note="Avtalet räknar med cirka 30 familjer per år i samordnat stöd och cirka 150 i "
        "nätverksarbete. Prognosen skriver fram utfallet hittills i år rakt över hela året.",
    )


def _whole(x: float | None) -> Cell:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x


def _hours(ctx: Context, eng: dict[str, Any]) -> Table:
    rows: list[list[Cell]] = []
    for a, label in _assignments(ctx):
        median = eng["hours_median"][a]
        ref = HOURS_REFERENCE if a == "network" else None
        gap = round(median - ref, 1) if median is not None and ref is not None else None
        against = gap_text(gap, ("timme", "timmar")) if ref is not None else ""
        rows.append([label, eng["closed"][a], median, eng["hours_mean"][a], ref, against])
    return Table(
        "Timmar per familj (avslutade insatser)",
        ["Uppdrag", "Avslutade", "Median (timmar)", "Medel (timmar)", "Referens (timmar)",
         "Median mot referensen"],
        rows,
        note=f"Timmar per familj är minuterna i alla poster kopplade till insatsen, oavsett "
        f"datum. Referensen cirka {HOURS_REFERENCE} timmar per familj gäller nätverksarbetet.",
    )  # fmt: skip


def _throughput(ctx: Context, eng: dict[str, Any]) -> Table:
    rows: list[list[Cell]] = [
        [
            label,
            eng["started"][a],
            eng["closed"][a],
            eng["active"][a],
            eng["days_median"][a],
            eng["open_over_365"][a],
        ]
        for a, label in _assignments(ctx)
    ]
    return Table(
        "Genomströmning",
        ["Uppdrag", "Påbörjade", "Avslutade", "Pågående under perioden",
         "Dagar per insats (median, avslutade)", "Pågått mer än ett år vid periodens slut"],
        rows,
    )  # fmt: skip


def _sip(ctx: Context, eng: dict[str, Any]) -> Table:
    rows: list[list[Cell]] = [
        [
            label,
            eng["started"][a],
            eng["sip_at_start"][a],
            share(eng["sip_at_start"][a], eng["started"][a]),
            eng["sip_set_up"][a],
        ]
        for a, label in _assignments(ctx)
    ]
    return Table(
        "SIP (samordnad individuell plan)",
        ["Uppdrag", "Påbörjade", "Med SIP vid start", "Andel med SIP vid start (%)",
         "SIP upprättad under insatsen"],
        rows,
    )  # fmt: skip


def _steering_and_email(ctx: Context, name: str) -> Table:
    r, ytd = ctx.report, ctx.cmp.year_to_date
    fig, ytd_fig = r.units[name], ytd.units.get(name, {})
    held = int(figure_value(ytd_fig, "meetings_by_type.steering_group") or 0)
    left = STEERING_GROUP_MINIMUM - held
    status = "uppnått" if left <= 0 else f"{left} kvar"
    emails = fig["contacts_by_form"][codes.ANSWERED_FORM]
    answered = fig["emails_answered_24h"]
    return Table(
        "Styrgrupp och e-post",
        ["Mått", "Perioden", f"Hittills i år ({ytd.end.year})", "Referens", "Läge"],
        [
            [
                "Styrgruppsmöten",
                fig["meetings_by_type"]["steering_group"],
                held,
                f"minst {STEERING_GROUP_MINIMUM} per år",
                status,
            ],
            [
                "E-post besvarad inom 24 timmar (%)",
                share(answered, emails),
                None,
                "alla (vardagar)",
                f"{swedish.integer(answered)} av {swedish.integer(emails)} e-postkontakter",
            ],
        ],
    )


def _outcome(ctx: Context, key: str, title: str, head: str, counts: dict[str, int]) -> Table:
    cl = OUTCOMES[key]
    shown = [c for c in cl.codes if counts[c]] if key in _ONLY_COUNTED else cl.codes
    rows: list[list[Cell]] = [[ctx.label(cl, c), small(counts[c])] for c in shown]
    note = "Bara de som tagit initiativ till någon insats visas." if key in _ONLY_COUNTED else ""
    rows = rows or [["Inga", 0]]
    return Table(title, [head, "Familjer"], rows, note=note, half=True, count_cols=(1,))


def _chart(ctx: Context) -> Chart | None:
    """Started per month of the 13-month trend. The trend counts the report's selection, so
    with two team units selected each team's chart shows both (one team is the usual case)."""
    by_month = ctx.cmp.trend.by_month
    months = [m for m in by_month if "engagements" in by_month[m]]
    if not months:
        return None
    return Chart(
        f"Påbörjade familjeinsatser per månad, de senaste {len(months)} månaderna",
        [f"{swedish.short_month(m)} {m[2:4]}" for m in months],
        [
            (label, [int(by_month[m]["engagements"]["started"][a]) for m in months])
            for a, label in _assignments(ctx)
        ],
    )
