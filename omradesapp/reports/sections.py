"""The report's headline parts: title, facts, the decision sentence, key figures, comparisons."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from omradesapp.domain import codes, swedish
from omradesapp.domain.codebook import CodeBook
from omradesapp.reports.content import Chart, Section, Table
from omradesapp.reports.figures import Report
from omradesapp.reports.periods import Comparisons
from omradesapp.store.codebook import code_book
from omradesapp.store.database import Store
from omradesapp.store.months import closed_months
from omradesapp.store.org import labels
from omradesapp.store.report_meta import workers_in_period

KEY_FIGURES = (
    ("visits", "Spontana besök"),
    ("visitors", "Besökare"),
    ("contacts", "Kontakter"),
    ("persons_met", "Personer mötta enskilt"),
    ("groups", "Grupptillfällen"),
    ("group_participants", "Gruppdeltagare"),
    ("meetings", "Samverkansmöten"),
)


@dataclass
class Context:
    store: Store
    report: Report
    cmp: Comparisons
    renamed: dict[tuple[str, str], str] = field(init=False)
    book: CodeBook = field(init=False)

    def __post_init__(self) -> None:
        self.renamed = labels(self.store)
        self.book = code_book(self.store)

    def codes_of(self, cl: codes.CodeList) -> codes.CodeList:
        """`cl` with the municipality's own codes (retired ones too: reports keep them)."""
        return self.book.code_list(cl)

    def label(self, cl: codes.CodeList, code: str) -> str:
        """A code's label as the municipality named it."""
        return self.renamed.get((cl.name, code)) or self.codes_of(cl).labels.get(code, code)

    @property
    def months(self) -> int:
        return max(1, len(self.report.months))

    def unit_kinds(self) -> dict[str, str]:
        return {u.name: u.kind for u in self.report.unit_list}


def one_month(report: Report) -> bool:
    return len(report.months) == 1 and swedish.whole_months(report.start, report.end)


def title(report: Report) -> str:
    return "Månadssammanställning" if one_month(report) else "Periodrapport"


def period(report: Report) -> str:
    return swedish.period_label(report.start, report.end)


def selection(report: Report) -> str:
    if report.worker:
        return f"Medarbetare {report.worker}"
    if not report.unit_ids:
        return "Alla enheter"
    return ", ".join(u.name for u in report.unit_list)


def per(value: float, by: float) -> float | None:
    """value / by, or None (shown as '–') where there is nothing to divide by."""
    return round(value / by, 1) if by else None


def staffed_family_centres(ctx: Context) -> list[str]:
    """The family centres in the report that had årsarbetare in the period: what an average
    "per familjecentral" is over (never area offices, the team or units without staff)."""
    kinds = ctx.unit_kinds()
    r = ctx.report
    return [n for n, f in r.units.items() if kinds.get(n) == "family_centre" and f["fte"] > 0]


def _sum(ctx: Context, names: list[str], key: str) -> int:
    return sum(int(ctx.report.units[n][key]) for n in names)


def _family_centre_sentence(ctx: Context, when: str, mixed: bool) -> str | None:
    r = ctx.report
    kinds = ctx.unit_kinds()
    centres = [n for n in r.units if kinds.get(n) == "family_centre"]
    staffed = staffed_family_centres(ctx)
    if not centres:
        return None
    counted = staffed or centres
    met = _sum(ctx, counted, "persons_met")
    if len(centres) == 1:
        who = f"medarbetarna vid {centres[0]}"
    else:
        who = "områdesarbetarna vid familjecentralerna" if mixed else "områdesarbetarna"
    text = f"{when} träffade {who} {swedish.integer(met)} personer enskilt"
    if len(staffed) > 1:
        avg = met / ctx.months / len(staffed)
        text += f", i genomsnitt {_round_avg(avg)} per månad och familjecentral"
    elif ctx.months > 1:
        text += f", i genomsnitt {_round_avg(met / ctx.months)} per månad"
    return text + "."


def _area_office_sentence(ctx: Context, when: str) -> str | None:
    r = ctx.report
    kinds = ctx.unit_kinds()
    offices = [n for n in r.units if kinds.get(n) == "area_office"]
    if not offices or not any(r.units[n][k] for n in offices for k, _ in KEY_FIGURES):
        return None
    who = offices[0] if len(offices) == 1 else "områdeslokalerna"
    met = _sum(ctx, offices, "persons_met")
    text = (
        f"{when} tog {who} emot {swedish.integer(_sum(ctx, offices, 'visits'))} spontana besök "
        f"med {swedish.integer(_sum(ctx, offices, 'visitors'))} besökare och träffade "
        f"{swedish.integer(met)} personer enskilt"
    )
    staffed = [n for n in offices if r.units[n]["fte"] > 0]
    if len(staffed) > 1:  # as for family centres: over the offices that had årsarbetare
        avg = _sum(ctx, staffed, "persons_met") / ctx.months / len(staffed)
        text += f", i genomsnitt {_round_avg(avg)} per månad och områdeslokal"
    elif ctx.months > 1:
        text += f", i genomsnitt {_round_avg(met / ctx.months)} per månad"
    return text + "."


def _team_sentences(ctx: Context, when: str) -> list[str]:
    r = ctx.report
    kinds = ctx.unit_kinds()
    out = []
    for n in (n for n in r.units if kinds.get(n) == "team"):
        f = r.units[n]
        if any(f[k] for k, _ in KEY_FIGURES):
            out.append(
                f"{when} träffade {n} {swedish.integer(f['persons_met'])} personer enskilt "
                f"och deltog i {swedish.integer(f['meetings'])} samverkansmöten."
            )
    return out


def decision_sentences(ctx: Context) -> list[str]:
    """Sentences the purchaser can lift straight into a decision: family centres, area
    offices and the team each in a sentence of their own, then the whole selection."""
    r, t = ctx.report, ctx.report.total
    when = f"Under perioden {period(r)}" if not one_month(r) else f"Under {period(r)}"
    if not any(t[k] for k, _ in KEY_FIGURES):
        return [f"{when} finns inga registrerade kontakter, besök, grupper eller möten i urvalet."]
    if r.worker:
        first = f"{when} träffade {r.worker} {swedish.integer(t['persons_met'])} personer enskilt"
        if ctx.months > 1:
            first += f", i genomsnitt {_round_avg(t['persons_met'] / ctx.months)} per månad"
        return [first + ".", _all_of_it(t, "Därtill kom")]
    kinds = {ctx.unit_kinds().get(n) for n in r.units}
    mixed = len(kinds) > 1
    later = "Under samma period" if mixed else when
    parts = [
        _family_centre_sentence(ctx, when, mixed),
        _area_office_sentence(ctx, later),
        *_team_sentences(ctx, later),
    ]
    out = [p for p in parts if p]
    if mixed:
        return [*out, _all_of_it(t, "Alla enheter i urvalet hade tillsammans", with_met=True)]
    # What the sentence above already said is not repeated.
    said = {"area_office": "visits", "team": "meetings"}.get(next(iter(kinds)) or "", "")
    return [*out, _all_of_it(t, "Därtill kom", leave_out=said)]


def _all_of_it(t: dict[str, Any], lead: str, with_met: bool = False, leave_out: str = "") -> str:
    n = swedish.integer
    items = {
        "persons_met": f"{n(t['persons_met'])} personer mötta enskilt",
        "visits": f"{n(t['visits'])} spontana besök med {n(t['visitors'])} besökare",
        "groups": f"{n(t['groups'])} grupptillfällen med {n(t['group_participants'])} deltagare",
        "meetings": f"{n(t['meetings'])} samverkansmöten",
    }
    if not with_met:
        del items["persons_met"]
    items.pop(leave_out, None)
    said = list(items.values())
    return f"{lead} {', '.join(said[:-1])} och {said[-1]}."


def _round_avg(x: float) -> str:
    return swedish.integer(x) if x >= 10 else swedish.decimal(x)


def facts(ctx: Context) -> list[tuple[str, str]]:
    """Period, selection, whose data and whether the months are closed."""
    r = ctx.report
    out = [
        ("Period", f"{period(r)} ({r.start.isoformat()} – {r.end.isoformat()})"),
        ("Urval", selection(r)),
        ("Enheter i rapporten", ", ".join(r.units) or "inga"),
    ]
    shares = workers_in_period(ctx.store, r.start, r.end, _unit_ids(ctx), r.worker_id)
    who = [f"{s.name or 'utan angiven medarbetare'} ({swedish.integer(s.entries)})" for s in shares]
    out.append(("Medarbetare i underlaget (antal poster)", ", ".join(who) or "inga poster"))
    out.append(("Månadsavslut", closed_status(ctx)))
    return out


def _unit_ids(ctx: Context) -> list[int]:
    return [u.id for u in ctx.report.unit_list if u.name in ctx.report.units]


def closed_status(ctx: Context) -> str:
    r = ctx.report
    closed = closed_months(ctx.store)
    units = [u for u in r.unit_list if u.name in r.units]
    open_by_month = {m: [u.name for u in units if (m, u.id) not in closed] for m in r.months}
    open_months = {m: names for m, names in open_by_month.items() if names}
    if not units:
        return "–"
    if not open_months:
        return (
            "Månaden är avslutad för alla enheter."
            if len(r.months) == 1
            else "Alla månader i perioden är avslutade för alla enheter."
        )
    parts = []
    for m, names in open_months.items():
        who = "alla enheter" if len(names) == len(units) else ", ".join(names)
        parts.append(f"{swedish.month_label(m)} ({who})")
    return "PRELIMINÄR: inte avslutad för " + "; ".join(parts) + "."


def is_preliminary(doc_facts: list[tuple[str, str]]) -> bool:
    return any(v.startswith("PRELIMINÄR") for _, v in doc_facts)


def _key_row(fig: dict[str, Any]) -> list[Any]:
    return [fig[k] for k, _ in KEY_FIGURES]


def key_figures(ctx: Context) -> Section:
    r = ctx.report
    header = ["Enhet", *(label for _, label in KEY_FIGURES), "Årsarbetare"]
    rows = [[name, *_key_row(fig), float(fig["fte"])] for name, fig in r.units.items()]
    main = Table(
        "Nyckeltal per enhet",
        header,
        rows,
        ["Totalt", *_key_row(r.total), float(r.total["fte"])],
    )
    avg_header = [
        "Enhet",
        "Mötta enskilt per månad",
        "Mötta enskilt per årsarbetare och månad",
        "Besökare per månad",
        "Kontakter per årsarbetare och månad",
        "Gruppdeltagare per månad",
        "Samverkansmöten per månad",
    ]

    def averages(name: str, fig: dict[str, Any], units: int = 1) -> list[Any]:
        n, fte = ctx.months * units, fig["fte"]
        return [
            name,
            per(fig["persons_met"], n),
            per(fig["persons_met"], ctx.months * fte),
            per(fig["visitors"], n),
            per(fig["contacts"], ctx.months * fte),
            per(fig["group_participants"], n),
            per(fig["meetings"], n),
        ]

    rows = [averages(name, fig) for name, fig in r.units.items()]
    staffed = staffed_family_centres(ctx)
    note = (
        f"Perioden omfattar {ctx.months} månad{'er' if ctx.months > 1 else ''}. "
        "En enhet utan årsarbetare får inget värde per årsarbetare (–)."
    )
    centres_row = None
    if len(staffed) > 1:
        summed = ("persons_met", "visitors", "contacts", "group_participants", "meetings", "fte")
        centres = {k: sum(r.units[name][k] for name in staffed) for k in summed}
        centres_row = averages("Per familjecentral", centres, len(staffed))
        note += (
            f" Raden Per familjecentral är genomsnittet för de {len(staffed)} familjecentraler "
            "som hade årsarbetare under perioden; områdeslokaler och teamet räknas inte in."
        )
    avg = Table("Genomsnitt per månad och per årsarbetare", avg_header, rows, centres_row, note)
    return Section("Nyckeltal", [main, avg])


def comparison(ctx: Context) -> Section:
    r, c = ctx.report, ctx.cmp
    header = [
        "Mått",
        "Perioden",
        c.previous_label,
        "Förändring",
        c.last_year_label,
        "Förändring",
        "Hittills i år",
    ]
    rows = []
    for key, label in KEY_FIGURES:
        now, prev, ly = r.total[key], c.previous.total[key], c.last_year.total[key]
        rows.append([label, now, prev, now - prev, ly, now - ly, c.year_to_date.total[key]])
    note = (
        f"{c.previous_label}: {period(c.previous)}. {c.last_year_label}: {period(c.last_year)}. "
        f"Hittills i år: {period(c.year_to_date)}."
    )
    totals = Table(
        "Jämförelse, alla enheter i urvalet", header, rows, note=note, signed_cols=(3, 5)
    )

    def met(rep: Report, name: str) -> int:
        return int(rep.units.get(name, {}).get("persons_met", 0))

    per_unit = Table(
        "Personer mötta enskilt per enhet",
        ["Enhet", "Perioden", c.previous_label, c.last_year_label, "Hittills i år"],
        [
            [n, met(r, n), met(c.previous, n), met(c.last_year, n), met(c.year_to_date, n)]
            for n in r.units
        ],
        [
            "Totalt",
            r.total["persons_met"],
            c.previous.total["persons_met"],
            c.last_year.total["persons_met"],
            c.year_to_date.total["persons_met"],
        ],  # fmt: skip
    )
    return Section("Jämförelser", [totals, per_unit])


def trend(ctx: Context) -> Section:
    by_month = ctx.cmp.trend.by_month
    months = list(by_month)
    shown = ("persons_met", "visitors", "group_participants", "meetings")
    names = dict(KEY_FIGURES)
    chart = Chart(
        f"Utveckling de senaste {len(months)} månaderna",
        [f"{swedish.short_month(m)} {m[2:4]}" for m in months],
        [(names[k], [int(by_month[m][k]) for m in months]) for k in shown],
    )
    table = Table(
        "Per månad",
        ["Månad", *(label for _, label in KEY_FIGURES)],
        [[swedish.month_label(m), *_key_row(by_month[m])] for m in months],
    )
    return Section(chart.title, [table], chart=chart)
