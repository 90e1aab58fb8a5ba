"""The audit log and the targets page speak Swedish: no codes, no device numbers, no English."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from exchange_helpers import entry, new_db, rewrite
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from ui_support import configure, open_window

from omradesapp import i18n_build
from omradesapp.domain import codes
from omradesapp.domain.entry import Entry
from omradesapp.domain.report_figures import empty_figures
from omradesapp.exchange.csv_import import import_csv
from omradesapp.exchange.package_export import export_package
from omradesapp.exchange.package_merge import import_package
from omradesapp.store import org
from omradesapp.store.audit import COMMAND_LINE_ACTOR, read_audit
from omradesapp.store.database import Store
from omradesapp.store.durations import set_default_minutes
from omradesapp.store.entries import add_entry, delete_entry, update_entry
from omradesapp.store.months import close_month, reopen_month
from omradesapp.store.opening import open_store
from omradesapp.store.templates import Template, delete_template, save_template
from omradesapp.ui import i18n
from omradesapp.ui.audit_view import AuditModel

TS = Path(__file__).resolve().parent.parent / "i18n" / "sv.ts"
CODE = re.compile(r"[a-z_]+(\.[a-z_]+)*")
# English words that once showed in these pages (the UI's source strings are English).
ENGLISH = re.compile(
    r"\b(contact|meeting|visit|group|template|device|from|unit|units|worker|changed|created"
    r"|deleted|added|file|kind|root|target|label|set|removed|another|partners|category)\b",
    re.IGNORECASE,
)


def _codes() -> set[str]:
    found = {c for cl in codes.ALL_LISTS for c in cl.codes}
    for key, value in empty_figures().items():
        found.add(key)
        if isinstance(value, dict):
            found.update(f"{key}.{c}" for c in value)
    return {c for c in found if CODE.fullmatch(c)}


@pytest.fixture
def swedish(qapp, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The app's Swedish translation, compiled from i18n/sv.ts as the build does."""
    qm = tmp_path / "sv.qm"
    subprocess.run([i18n_build.lrelease(), "-silent", str(TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    i18n.use_swedish_locale()
    yield
    QCoreApplication.removeTranslator(translator)


def _leaks(texts: list[str]) -> list[str]:
    known = _codes()
    leaks = []
    for text in texts:
        tokens = re.split(r"[\s,;:()→]+", text)
        leaks += [f"{text!r}: {t}" for t in tokens if t in known]
        leaks += [f"{text!r}: {m}" for m in ENGLISH.findall(text)]
    return leaks


def _history(store: Store, template_db: Path, tmp_path: Path) -> str:
    """Every kind of audit line; returns the device number of the package's desk."""
    berga = org.unit_by_name(store, "Berga")
    assert berga is not None
    c = add_entry(store, Entry("contact", dt.date(2026, 10, 2), berga.id, contact_type="advice",
                               form="phone", adults=1), "AB")  # fmt: skip
    update_entry(store, c.with_changes(form="home_visit", partners=("school", "bvc")), "AB")
    m = add_entry(store, Entry("meeting", dt.date(2026, 10, 3), berga.id, meeting_type="sip"), "AB")
    delete_entry(store, m.id, "AB")
    t = save_template(store, Template(0, "Trygghetsrådet", "meeting",
                                      {"unit_id": berga.id, "meeting_type": "safety_council"}),
                      "AB")  # fmt: skip
    delete_template(store, t.id, "AB")
    org.set_label(store, "meeting_type", "sip", "SIP", "AB")
    org.set_target(store, org.Target(berga.id, 2026, "meetings_by_type.sip", 12), "AB")
    set_default_minutes(store, berga.id, {"visit": 20, "time": 30}, "AB")
    close_month(store, "2026-09", [berga.id], "AB")
    reopen_month(store, "2026-09", [berga.id], "AB", "Rättelse")
    desk = new_db(template_db, tmp_path, "desk")
    with open_store(desk) as d:
        add_entry(d, entry(d, adults=2), "CD")
        told = export_package(d, tmp_path / "ab.omrpkg", dt.date(2026, 10, 1),
                              dt.date(2026, 10, 31), [berga.id])  # fmt: skip
        untold = export_package(d, tmp_path / "x.omrpkg", dt.date(2026, 10, 1),
                                dt.date(2026, 10, 31))  # fmt: skip
        device = d.device
    import_package(store, told.path, "AB")
    import_package(store, rewrite(untold.path, lambda _h, body: body.pop("units")), "AB")
    csv = tmp_path / "rader.csv"
    csv.write_text("kind;date;unit\nvisit;2026-10-07;Berga\n", encoding="utf-8")
    import_csv(store, csv, COMMAND_LINE_ACTOR)  # as the command line does
    return device


def test_the_audit_log_shows_no_codes_device_numbers_or_english(
    qtbot, store: Store, template_db: Path, tmp_path: Path, swedish: None
) -> None:  # type: ignore[no-untyped-def]
    device = _history(store, template_db, tmp_path)
    model = AuditModel(store)
    model.fetchMore(model.index(0, 0).parent())
    texts = [
        str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole))
        for r in range(model.rowCount())
        for c in (1, 2, 4)
    ]
    assert len(read_audit(store)) == model.rowCount() > 12
    assert _leaks(texts) == []
    assert not any(device[:8] in t for t in texts)
    joined = "\n".join(texts)
    assert "från: Berga" in joined  # the package's metadata names its unit
    assert "från: okänd skrivbordsdator" in joined  # and where it does not
    assert "Ny mall" in joined and "Mall borttagen" in joined and "Kommandoraden" in joined
    assert "Typ av möte: SIP-möte → SIP" in joined
    assert "Standardtider ändrade\nenhet: Berga; Spontant besök 20 min, Övrig tid 30 min" in joined
    assert "Mål ändrat\nsatt: Berga 2026, Samverkansmöten: SIP-möte 12,0\n" in joined


def test_the_targets_page_names_every_figure(qtbot, store: Store, swedish: None) -> None:  # type: ignore[no-untyped-def]
    berga = org.unit_by_name(store, "Berga")
    assert berga is not None
    org.set_target(store, org.Target(berga.id, 2026, "meetings_by_type.sip", 12), "AB")
    configure(store)
    window = open_window(qtbot, store)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    page = window.admin.targets
    table = page.table
    cells = [table.item(r, c).text() for r in range(table.rowCount()) for c in range(4)]
    figures = [page.figure.itemText(i) for i in range(page.figure.count())]
    assert "Samverkansmöten: SIP-möte" in cells
    assert "Samverkansmöten: SIP-möte" in figures and "Kontakter" in figures
    assert _leaks(cells + figures) == []


def test_the_sender_comes_from_the_metadata_and_never_carries_an_identity() -> None:
    from omradesapp.exchange.package import _sender

    assert _sender({"worker": "AB", "units": ["Berga"]}) == "AB, Berga"
    assert _sender({"worker": "ring 070-123 45 67", "units": ["Berga", 7]}) == "Berga"
    assert _sender({"units": ["Berga", "Ryd", "Valla", "Ekholmen"]}) == ""  # the head's own
    assert _sender({"worker": ["AB"], "units": "Berga"}) == ""
