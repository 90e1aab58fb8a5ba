"""The report's detail parts: meetings and partners, breakdowns, time split, targets."""

from __future__ import annotations

import calendar
from typing import Any

from omradesapp.domain import codes, fields, swedish
from omradesapp.reports.content import Section, Table
from omradesapp.reports.sections import KEY_FIGURES, Context, per
from omradesapp.store.org import list_targets

# Breakdown figures of figures.empty_figures(): how a target on "figure.code" is named.
BREAKDOWNS: dict[str, tuple[str, codes.CodeList]] = {
    "contacts_by_type": ("Kontakter", codes.CONTACT_TYPES),
    "contacts_by_form": ("Kontakter", codes.FORMS),
    "groups_by_type": ("Grupptillfällen", codes.GROUP_TYPES),
    "meetings_by_type": ("Samverkansmöten", codes.MEETING_TYPES),
    "meetings_by_partner": ("Samverkansmöten med", codes.PARTNERS),
    "entries_by_topic": ("Poster om", codes.TOPICS),
    "entries_by_age_group": ("Poster", codes.AGE_GROUPS),
    "referrals": ("Hänvisningar till", codes.REFERRALS),
    "minutes_by_category": ("Minuter", codes.SPLIT_CATEGORIES),
    "minutes_by_time_category": ("Minuter", codes.TIME_CATEGORIES),
}
COLUMN_NAMES = {f.name: f.heading for f in fields.of_type("code", "codes")}
FIGURE_NAMES = {**dict(KEY_FIGURES), "evening_groups": "Grupptillfällen kvällstid"}


def share(n: float, of: float) -> float | None:
    return round(100 * n / of, 1) if of else None


def _code_table(
    ctx: Context, title: str, cl: codes.CodeList, counts: dict[str, int], shares: bool
) -> Table:
    total = sum(counts.values())
    header = [COLUMN_NAMES[cl.name], "Antal", *(["Andel (%)"] if shares else [])]
    rows: list[list[Any]] = []
    for code in cl.codes:
        row: list[Any] = [ctx.label(cl, code), counts[code]]
        rows.append(row + ([share(counts[code], total)] if shares else []))
    foot: list[Any] = ["Totalt", total, *([100.0 if total else None] if shares else [])]
    return Table(title, header, rows, foot if shares else None, half=True)


def meetings(ctx: Context) -> Section:
    r = ctx.report
    by_type = _code_table(
        ctx, "Samverkansmöten per typ", codes.MEETING_TYPES, r.total["meetings_by_type"], True
    )
    groups = _code_table(
        ctx, "Grupptillfällen per typ", codes.GROUP_TYPES, r.total["groups_by_type"], True
    )
    groups.note = f"Varav kvällstid: {swedish.integer(r.total['evening_groups'])}."
    units = list(r.units)
    partners = [c for c in codes.PARTNERS.codes if r.total["meetings_by_partner"][c]]
    matrix = Table(
        "Samverkansmöten per enhet och samarbetspartner",
        ["Samarbetspartner", *units, "Totalt"],
        [
            [ctx.label(codes.PARTNERS, p)]
            + [r.units[u]["meetings_by_partner"][p] for u in units]
            + [r.total["meetings_by_partner"][p]]
            for p in partners
        ],
        ["Antal möten", *(r.units[u]["meetings"] for u in units), r.total["meetings"]],
        note="Ett möte räknas hos varje samarbetspartner som deltog; "
        "partner utan möten under perioden visas inte.",
        wide=len(units) > 5,
    )
    return Section("Samverkan och grupper", [by_type, groups, matrix])


def breakdowns(ctx: Context) -> Section:
    t = ctx.report.total
    referrals = _code_table(ctx, "Hänvisningar", codes.REFERRALS, t["referrals"], False)
    referrals.rows = [row for row in referrals.rows if row[1]] or [["Inga hänvisningar", 0]]
    referrals.note = "Bara organisationer som någon hänvisats till visas."
    topics = _code_table(ctx, "Ämnen", codes.TOPICS, t["entries_by_topic"], False)
    topics.note = "En post kan ha flera ämnen och flera hänvisningar."
    tables = [
        _code_table(
            ctx, "Kontakter per ärendetyp", codes.CONTACT_TYPES, t["contacts_by_type"], True
        ),
        _code_table(ctx, "Kontakter per form", codes.FORMS, t["contacts_by_form"], True),
        _code_table(ctx, "Åldersgrupper", codes.AGE_GROUPS, t["entries_by_age_group"], True),
        topics,
        referrals,
    ]
    return Section("Ämnen, åldersgrupper, samtalsformer och hänvisningar", tables)


def _reference(cat: str) -> str:
    return codes.SPLIT_REFERENCE[cat].wording


def _verdict(cat: str, pct_now: float | None) -> str:
    if pct_now is None:
        return "–"
    ref = codes.SPLIT_REFERENCE[cat]
    pct, upper = ref.percent, not ref.approx
    if upper:
        return "Inom referensen" if pct_now < pct else "Över referensen"
    if abs(pct_now - pct) <= 10:
        return "Nära referensen"
    return "Över referensen" if pct_now > pct else "Under referensen"


def time_split(ctx: Context) -> Section:
    r = ctx.report
    minutes = r.total["minutes_by_category"]
    whole = sum(minutes.values())
    rows: list[list[Any]] = []
    for cat in codes.SPLIT_CATEGORIES.codes:
        pct = share(minutes[cat], whole)
        label = ctx.label(codes.SPLIT_CATEGORIES, cat)
        rows.append([label, swedish.hours(minutes[cat]), pct, _reference(cat), _verdict(cat, pct)])
    total = Table(
        "Tidsfördelning mot uppföljningens referens",
        ["Kategori", "Timmar", "Andel (%)", "Referens", "Bedömning"],
        rows,
        ["Totalt", swedish.hours(whole), 100.0 if whole else None, "", ""],
        note="Referensen är uppföljningen av socialt områdesarbete: cirka hälften klientarbete, "
        "30 % administration, utbildning och utveckling, under 20 % områdesarbete och under "
        "10 % övrigt. Besök och kontakter räknas som klientarbete, grupper och möten som "
        "områdesarbete.",
    )
    cats = codes.SPLIT_CATEGORIES.codes
    per_unit = Table(
        "Tidsfördelning per enhet (andel i %)",
        ["Enhet", "Timmar", *(ctx.label(codes.SPLIT_CATEGORIES, c) for c in cats)],
        [
            [name, swedish.hours(sum(m.values())), *(share(m[c], sum(m.values())) for c in cats)]
            for name, m in ((n, f["minutes_by_category"]) for n, f in r.units.items())
        ],
    )
    return Section("Tidsfördelning", [total, per_unit])


def figure_name(ctx: Context, figure: str) -> str:
    """'meetings_by_type.sip' -> 'Samverkansmöten: SIP-möte'; 'visits' -> 'Spontana besök'."""
    key, _, code = figure.partition(".")
    if key in BREAKDOWNS and code in BREAKDOWNS[key][1]:
        parent, cl = BREAKDOWNS[key]
        return f"{parent}: {ctx.label(cl, code)}"
    return FIGURE_NAMES.get(figure, figure)


def figure_value(fig: dict[str, Any], figure: str) -> float | None:
    key, _, code = figure.partition(".")
    value = fig.get(key)
    if isinstance(value, dict):
        value = value.get(code)
    return value if isinstance(value, int | float) else None


def targets(ctx: Context) -> Section:
    r, ytd = ctx.report, ctx.cmp.year_to_date
    year = r.end.year
    title = f"Mål för {year}: utfall och prognos"
    if r.worker:
        return Section(title, text=["Målen gäller enheter och visas inte för en medarbetare."])
    ids = {u.id: u.name for u in r.unit_list if u.name in r.units}
    chosen = [t for t in list_targets(ctx.store, year) if t.unit_id in ids]
    if not chosen:
        return Section(title, text=[f"Inga mål är satta för {year} för enheterna i rapporten."])
    # Straight line: the year-to-date outcome spread over the part of the year that has passed.
    elapsed = r.end.month - 1 + r.end.day / calendar.monthrange(year, r.end.month)[1]
    rows: list[list[Any]] = []
    for t in chosen:
        name = ids[t.unit_id]
        done = figure_value(ytd.units.get(name, {}), t.figure) or 0
        forecast = round(done * 12 / elapsed) if elapsed else None
        goal: Any = int(t.value) if float(t.value).is_integer() else t.value
        rows.append([
            name, figure_name(ctx, t.figure), goal, per(goal, 12), done,
            share(done, t.value), forecast, share(forecast or 0, t.value),
        ])  # fmt: skip
    table = Table(
        title,
        [
            "Enhet",
            "Mått",
            "Mål helår",
            "Mål per månad",
            "Utfall hittills i år",
            "Uppfyllt (%)",
            "Prognos helår",
            "Prognos mot mål (%)",
        ],  # fmt: skip
        rows,
        note=f"Utfall {swedish.period_label(ytd.start, ytd.end)}. Prognosen skriver fram "
        "utfallet hittills i år rakt över hela året.",
    )
    return Section("Mål", [table])
