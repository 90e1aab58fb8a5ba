"""Breakdowns per unit (SPEC §5): the young-parent work in one table, then an appendix per
unit with its adults and children, contact types, forms, age groups, topics, meeting types
and group types (evening sessions included), and under them the unit head's comments."""

from __future__ import annotations

from typing import Any

from omradesapp.domain import codes, fields, swedish
from omradesapp.reports.content import Cell, Section, Table
from omradesapp.reports.sections import Context
from omradesapp.store.comments import comments_in

# The young-parent groups (mothers, fathers, together) of seeds/004, in one table.
YOUNG_PARENT_GROUPS = ("young_mothers", "young_fathers", "young_parents")
PEOPLE = (
    ("visit", "Spontana besök", "visits"),
    ("contact", "Kontakter (mötta enskilt)", "contacts"),
    ("group", "Grupptillfällen", "groups"),
)
# (figure, title, code list): the code tables of each unit's appendix, in print order.
CODE_TABLES: tuple[tuple[str, str, codes.CodeList], ...] = (
    ("contacts_by_type", "Kontakter per ärendetyp", codes.CONTACT_TYPES),
    ("contacts_by_form", "Kontakter per form", codes.FORMS),
    ("entries_by_age_group", "Åldersgrupper", codes.AGE_GROUPS),
    ("entries_by_topic", "Ämnen", codes.TOPICS),
    ("meetings_by_type", "Samverkansmöten per typ", codes.MEETING_TYPES),
)


def young_parents(ctx: Context) -> Section:
    """Sessions by day and by evening and participants, per unit and young-parent group."""
    r = ctx.report
    rows: list[list[Cell]] = []
    sums = [0, 0, 0]
    for name, fig in r.units.items():
        if not any(fig["groups_by_type"][g] for g in YOUNG_PARENT_GROUPS):
            continue
        for g in YOUNG_PARENT_GROUPS:
            evening = fig["evening_groups_by_type"][g]
            day = fig["groups_by_type"][g] - evening
            people = fig["group_participants_by_type"][g]
            rows.append([name, ctx.label(codes.GROUP_TYPES, g), day, evening, people])
            sums = [sums[0] + day, sums[1] + evening, sums[2] + people]
    title = "Unga föräldrar: grupptillfällen dagtid och kvällstid"
    header = ["Enhet", "Grupp", "Tillfällen dagtid", "Tillfällen kvällstid", "Deltagare"]
    if not rows:
        table = Table(title, header, [["Inga grupper för unga föräldrar", "", 0, 0, 0]])
    else:
        table = Table(title, header, rows, ["Totalt", "", *sums])
    table.note = "Deltagare är vuxna och barn tillsammans, över alla tillfällen."
    return Section("Unga föräldrar", [table])


def _people(fig: dict[str, Any]) -> Table:
    rows: list[list[Cell]] = []
    for kind, label, count in PEOPLE:
        adults, children = fig["adults_by_kind"][kind], fig["children_by_kind"][kind]
        rows.append([label, fig[count], adults, children, adults + children])
    return Table(
        "Vuxna och barn",
        ["Slag", "Antal", "Vuxna", "Barn", "Personer"],
        rows,
        note="I tabellerna nedan visas bara koder med poster under perioden.",
        half=True,
    )


def _codes(ctx: Context, title: str, cl: codes.CodeList, counts: dict[str, int]) -> Table:
    rows: list[list[Cell]] = [[ctx.label(cl, c), n] for c, n in counts.items() if n]
    total = sum(counts.values())
    header = [fields.BY_NAME[cl.name].heading, "Antal"]
    return Table(title, header, rows or [["Inga", 0]], ["Totalt", total], half=True)


def _groups(ctx: Context, fig: dict[str, Any]) -> Table:
    cl = codes.GROUP_TYPES
    rows: list[list[Cell]] = [
        [
            ctx.label(cl, c),
            n,
            fig["evening_groups_by_type"][c],
            fig["group_participants_by_type"][c],
        ]
        for c, n in fig["groups_by_type"].items()
        if n
    ]
    total: list[Cell] = ["Totalt", fig["groups"], fig["evening_groups"], fig["group_participants"]]
    return Table(
        "Grupptillfällen per typ",
        [fields.BY_NAME[cl.name].heading, "Antal", "Varav kvällstid", "Deltagare"],
        rows or [["Inga", 0, 0, 0]],
        total,
        half=True,
    )


def unit_appendices(ctx: Context) -> list[Section]:
    """One section per unit in the report: its breakdowns, then the unit head's comments."""
    r = ctx.report
    ids = {u.name: u.id for u in r.unit_list}
    said = comments_in(ctx.store, r.months[0], r.months[-1], list(ids.values()))
    out = []
    for name, fig in r.units.items():
        tables = [_people(fig)]
        tables += [_codes(ctx, title, cl, fig[key]) for key, title, cl in CODE_TABLES]
        tables.append(_groups(ctx, fig))
        comments = [
            f"Enhetschefens kommentar, {swedish.month_label(m)}: {said[(m, ids[name])]}"
            for m in r.months
            if (m, ids[name]) in said
        ]
        out.append(
            Section(
                f"Bilaga: {name}",
                tables,
                closing=comments,
                new_page=True,
            )
        )
    return out
