"""The report's detail parts: meetings and partners, breakdowns, time split, targets."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from omradesapp.domain import codes, fields, swedish
from omradesapp.domain.engagement_block import NAMES
from omradesapp.reports.content import Section, Table
from omradesapp.reports.sections import KEY_FIGURES, Context, per
from omradesapp.store.org import fte_by_year, fte_in_year, targets_in

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
    "evening_groups_by_type": ("Grupptillfällen kvällstid", codes.GROUP_TYPES),
    "group_participants_by_type": ("Gruppdeltagare", codes.GROUP_TYPES),
    "adults_by_kind": ("Vuxna", codes.KINDS),
    "children_by_kind": ("Barn", codes.KINDS),
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
    for code in ctx.codes_of(cl).codes:
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
    partners = [c for c in ctx.codes_of(codes.PARTNERS).codes if r.total["meetings_by_partner"][c]]
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


def reference_gap(cat: str, pct_now: float | None) -> float | None:
    """Percentage points from the reference figure to a share: negative below, positive above.

    Both ways: a "strax under" reference is a level to come close to, not a ceiling, so a
    share far below it is as far off as one above it (seeds/001 treats too little area work
    as the problem). No share is called "OK" for being below a figure.
    """
    if pct_now is None:
        return None
    return round(pct_now - codes.SPLIT_REFERENCE[cat].percent, 1)


def gap_text(gap: float | None, unit: tuple[str, str] = ("procentenhet", "procentenheter")) -> str:
    """-12.0 -> '12 procentenheter under referensen'; 0 -> 'i nivå med referensen'.

    `unit` is the singular and plural of what the gap is counted in.
    """
    if gap is None:
        return "–"
    if gap == 0:
        return "i nivå med referensen"
    amount = swedish.decimal(abs(gap)).removesuffix(",0")
    return f"{amount} {unit[amount != '1']} {'under' if gap < 0 else 'över'} referensen"


def time_split(ctx: Context) -> Section:
    r = ctx.report
    minutes = r.total["minutes_by_category"]
    whole = sum(minutes.values())
    rows: list[list[Any]] = []
    for cat in codes.SPLIT_CATEGORIES.codes:
        pct = share(minutes[cat], whole)
        label = ctx.label(codes.SPLIT_CATEGORIES, cat)
        wording = codes.SPLIT_REFERENCE[cat].wording
        gap = reference_gap(cat, pct)
        rows.append([label, swedish.hours(minutes[cat]), pct, wording, gap_text(gap)])
    total = Table(
        "Tidsfördelning mot uppföljningens referens",
        ["Kategori", "Timmar", "Andel (%)", "Referens", "Skillnad mot referensen"],
        rows,
        ["Totalt", swedish.hours(whole), 100.0 if whole else None, "", ""],
        note="Referensen är uppföljningen av socialt områdesarbete: cirka 50 % klientarbete "
        "inklusive för- och efterarbete, cirka 30 % administration, utbildning och utveckling, "
        "strax under 20 % områdesarbete och kontakter, strax under 10 % övrigt. Skillnaden "
        "räknas mot referensens tal åt båda hållen; en andel långt under en strax under-nivå "
        "är också en avvikelse. Besök, kontakter och möten om en familj (SIP-, nätverks-, för- "
        "och uppföljningsmöten) räknas som klientarbete, grupper och övriga möten som "
        "områdesarbete, övrig tid efter sin kategori.",
    )  # fmt: skip
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


# Nested figures of the engagements block (SPEC §12): "engagements.started.network".
ENGAGEMENT_COUNTS = {"started": "Familjeinsatser startade", "closed": "Familjeinsatser avslutade",
                     "active": "Pågående familjeinsatser"}  # fmt: skip
ASSIGNMENTS = {"coordinated": "samordnat stöd", "network": "nätverksarbete"}


def figure_name(ctx: Context, figure: str) -> str:
    """'meetings_by_type.sip' -> 'Samverkansmöten: SIP-möte'; 'visits' -> 'Spontana besök';
    'engagements.started.network' -> 'Familjeinsatser, påbörjade: Nätverksarbete'."""
    key, _, code = figure.partition(".")
    what, _, assignment = code.partition(".")
    if key == "engagements" and what in NAMES and assignment in codes.ASSIGNMENTS:
        label = ctx.label(codes.ASSIGNMENTS, assignment)
        return f"Familjeinsatser, {NAMES[what].lower()}: {label}"
    if key in BREAKDOWNS and code in ctx.codes_of(BREAKDOWNS[key][1]):
        parent, cl = BREAKDOWNS[key]
        return f"{parent}: {ctx.label(cl, code)}"
    count, _, assignment = code.partition(".")
    if key == "engagements" and count in ENGAGEMENT_COUNTS:
        return f"{ENGAGEMENT_COUNTS[count]}: {ASSIGNMENTS.get(assignment, 'alla')}"
    return FIGURE_NAMES.get(figure, "Annat mått")


def figure_value(fig: dict[str, Any], figure: str) -> float | None:
    """The number at a dotted figure key ('engagements.started.network'), None if none."""
    value: Any = fig
    for part in figure.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def year_forecast(done: float, end: dt.date) -> int | None:
    """A straight line: the outcome from 1 January to `end` spread over the whole year."""
    elapsed = end.month - 1 + end.day / calendar.monthrange(end.year, end.month)[1]
    return round(done * 12 / elapsed) if elapsed else None


def targets(ctx: Context) -> Section:
    r, ytd = ctx.report, ctx.cmp.year_to_date
    year = r.end.year
    title = f"Mål för {year}: utfall och prognos"
    if r.worker:
        return Section(title, text=["Målen gäller enheter och visas inte för en medarbetare."])
    units = {u.id: u for u in r.unit_list if u.name in r.units}
    chosen = [t for t in targets_in(ctx.store, year) if t.unit_id in units]
    if not chosen:
        return Section(title, text=[f"Inga mål gäller {year} för enheterna i rapporten."])
    overrides = fte_by_year(ctx.store)
    rows: list[list[Any]] = []
    for t in chosen:
        unit = units[t.unit_id]
        value = t.for_fte(fte_in_year(unit, year, overrides))
        done = figure_value(ytd.units.get(unit.name, {}), t.figure) or 0
        forecast = year_forecast(done, r.end)
        goal: Any = int(value) if float(value).is_integer() else value
        per_fte = swedish.integer(t.value) if t.value.is_integer() else swedish.decimal(t.value)
        basis = (f"{per_fte} per årsarbetare" if t.per_fte else "per år") + f", från {t.from_year}"
        rows.append([
            unit.name, figure_name(ctx, t.figure), goal, basis, per(goal, 12), done,
            share(done, value), forecast, share(forecast or 0, value),
        ])  # fmt: skip
    table = Table(
        title,
        [
            "Enhet",
            "Mått",
            "Mål helår",
            "Målet gäller",
            "Mål per månad",
            "Utfall hittills i år",
            "Uppfyllt (%)",
            "Prognos helår",
            "Prognos mot mål (%)",
        ],  # fmt: skip
        rows,
        note=f"Utfall {swedish.period_label(ytd.start, ytd.end)}. Prognosen skriver fram "
        "utfallet hittills i år rakt över hela året. Ett mål per årsarbetare räknas om med "
        f"enhetens årsarbetare {year}. Ett mål gäller från sitt första år tills det ändras.",
    )
    return Section("Mål", [table])
