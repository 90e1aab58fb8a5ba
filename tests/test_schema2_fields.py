"""Schema 2's entry fields travel wherever the field table says (SPEC §9): CSV in and out,
packages; the report rows leave the engagement code out (SPEC §5)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dbcheck import fingerprint
from engagement_helpers import draft, make_team

from omradesapp import cli
from omradesapp.domain import fields
from omradesapp.store.engagements import open_engagement
from omradesapp.store.entries import EntryFilter, list_entries
from omradesapp.store.opening import open_store

TEAM = "Samordnat stöd och nätverksarbete"
HEADER = (
    "kind;date;unit;minutes;meeting_type;adults;children;private_network;professional_network;"
    "engagement;contact_type;form;answered_24h;evening"
)


def test_csv_rows_with_the_new_fields_import_and_a_stray_link_changes_nothing(
    db_path: Path, tmp_path: Path
) -> None:
    with open_store(db_path) as s:
        code = open_engagement(s, draft(make_team(s).team), "AB").code
    good = tmp_path / "team.csv"
    good.write_text(
        f"{HEADER}\n"
        f"meeting;2026-03-02;{TEAM};90;network_meeting;2;1;3;4;{code};;;;\n"
        f"contact;2026-03-03;{TEAM};10;;1;;;;{code};service;email;1;1\n",
        "utf-8",
    )
    assert cli.main(["--db", str(db_path), "import", str(good)]) == 0
    with open_store(db_path, write=False) as s:
        rows = [st.entry for _, st in list_entries(s, EntryFilter())]
    meeting = next(e for e in rows if e.kind == "meeting")
    email = next(e for e in rows if e.kind == "contact")
    assert (meeting.people, meeting.private_network, meeting.professional_network) == (3, 3, 4)
    assert email.answered_24h and email.evening and email.engagement == code

    before = fingerprint(db_path)
    stray = tmp_path / "stray.csv"
    stray.write_text(
        f"{HEADER}\ncontact;2026-03-04;{TEAM};10;;1;;;;NV-2026-099;service;email;0;\n", "utf-8"
    )
    assert cli.main(["--db", str(db_path), "import", str(stray)]) == 2
    wrong = tmp_path / "wrong.csv"
    wrong.write_text(f"{HEADER}\ncontact;2026-03-04;{TEAM};10;;1;;;;;service;phone;1;\n", "utf-8")
    assert cli.main(["--db", str(db_path), "import", str(wrong)]) == 2
    assert fingerprint(db_path) == before


def test_the_new_fields_are_exported_and_packaged_but_no_code_is_reported() -> None:
    for name in ("private_network", "professional_network", "answered_24h", "engagement"):
        assert name in fields.EXPORTED_COLUMNS and name in fields.PACKAGE_KEYS
    reported = {f.name for f in fields.REPORT_ROW_FIELDS}
    assert "engagement" not in reported
    assert {"private_network", "professional_network", "answered_24h"} <= reported


def test_the_csv_export_writes_the_new_fields() -> None:
    from csv_rows import entries_to_csv

    from omradesapp.domain.entry import Entry

    e = Entry(
        "contact", dt.date(2026, 3, 3), 7, contact_type="service", form="email", adults=1,
        answered_24h=True, evening=True, engagement="NV-2026-001",
    )  # fmt: skip
    m = Entry("meeting", dt.date(2026, 3, 2), 7, meeting_type="sip", private_network=2,
              professional_network=5)  # fmt: skip
    text = entries_to_csv([e, m], {7: TEAM}, {})
    header, first, second = (line.split(";") for line in text.splitlines())
    assert dict(zip(header, first, strict=True))["answered_24h"] == "1"
    assert dict(zip(header, first, strict=True))["engagement"] == "NV-2026-001"
    assert dict(zip(header, second, strict=True))["professional_network"] == "5"
