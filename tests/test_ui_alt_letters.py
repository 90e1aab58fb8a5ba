"""SPEC §4: every field and button has its own Alt letter, unique on its page or dialog.

The walk opens every page and dialog of the app, each form kind and admin tab included,
and lists every clash and every labelled field or button without a letter - in Swedish,
the language the app is used in: the letters are the translation's (i18n/sv.ts). The
desk page has more controls than English has letters; Swedish has three more.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from alt_letters import letter, problems
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QWidget
from ui_support import configure, open_window

from omradesapp.domain import codes
from omradesapp.domain.engagement import Engagement
from omradesapp.store import engagements, org
from omradesapp.ui import i18n
from omradesapp.ui.desk import Desk
from omradesapp.ui.engagement_dialog import END_FIELDS, OPEN_FIELDS, EngagementDialog
from omradesapp.ui.export_dialog import ExportDialog
from omradesapp.ui.first_start import FirstStartDialog
from omradesapp.ui.help_dialog import HelpDialog
from omradesapp.ui.import_dialog import ImportDialog
from omradesapp.ui.main_window import MainWindow
from omradesapp.ui.month_dialog import MonthDialog
from omradesapp.ui.restore_offer import RestoreDialog
from omradesapp.ui.template_dialog import TemplateDialog


def test_letter() -> None:
    assert letter("&Spara") == "s"
    assert letter("Som &förra gången") == "f"
    assert letter("A && B") is None
    assert letter("A && &B") == "b"
    assert letter("Slut&") is None


def _pages(window: MainWindow) -> Iterator[str]:
    """Shows each page in turn (each form kind, each admin tab) and names it."""
    for kind in codes.KINDS.codes:
        window.log_kind(kind)
        yield f"desk: {kind}"
    for title, page in (
        ("entries", window._entries),
        ("reports", window._reports),
        ("audit", window._audit),
        ("family engagements", window._engagements),
    ):
        window.show_page(page)
        QApplication.processEvents()  # a page built on first show shows its widgets then
        yield title
    window.show_page(window._admin)
    QApplication.processEvents()
    admin = window.admin
    for i in range(admin.count()):
        admin.setCurrentIndex(i)
        QApplication.processEvents()
        yield f"admin: {admin.tabText(i)}"


@pytest.fixture
def swedish(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The app's own translation loaded, as at start; skipped while it lags the code."""
    translators = i18n.install(qapp)
    try:
        if QCoreApplication.translate("EntryForm", "Case t&ype") == "Case t&ype":
            pytest.skip("sv.qm predates the current strings (test_i18n.py names them)")
        yield
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_every_page_of_the_main_window(qtbot, store, swedish) -> None:  # type: ignore[no-untyped-def]
    configure(store)
    window = open_window(qtbot, store)
    found = {name: problems(window) for name in _pages(window)}
    assert {name: p for name, p in found.items() if p} == {}


def _dialogs(store, parent: QWidget) -> Iterator[tuple[str, QWidget]]:  # type: ignore[no-untyped-def]
    desk = Desk(store)
    yield "first start", FirstStartDialog(desk, parent)
    yield "import", ImportDialog(store, "ab", parent)
    yield "export", ExportDialog(store, parent)
    yield "month", MonthDialog(store, "ab", parent)
    yield "template", TemplateDialog(dt.date(2026, 11, 2), QLocale(), parent)
    yield "restore", RestoreDialog(store.path, [], parent)
    yield "help", HelpDialog([], parent)
    for title, specs in (("engagement", OPEN_FIELDS), ("engagement's end", END_FIELDS)):
        yield title, EngagementDialog(desk, title, specs, {}, lambda values: None, parent)


def test_every_dialog(qtbot, store, swedish) -> None:  # type: ignore[no-untyped-def]
    configure(store)
    window = open_window(qtbot, store)
    found = {}
    for title, dialog in _dialogs(store, window):
        qtbot.addWidget(dialog)
        dialog.show()
        found[title] = problems(dialog)
        dialog.close()
    assert {name: p for name, p in found.items() if p} == {}


@pytest.mark.parametrize("text", ["&Från", "&Fil"])
def test_a_clash_is_found(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFormLayout, QLineEdit

    dialog = QWidget()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    form.addRow("&Fält", QLineEdit())
    form.addRow(text, QLineEdit())
    form.addRow("Utan", QLineEdit())
    dialog.show()
    found = problems(dialog)
    assert any(p.startswith("Alt+F:") for p in found)
    assert "no Alt letter: field Utan" in found


@pytest.mark.parametrize(
    "kind",
    [
        "contact",
        "meeting",
        "time",
    ],
)
def test_the_desk_of_a_team(qtbot, store, swedish, kind: str) -> None:  # type: ignore[no-untyped-def]
    """A team's contacts, meetings and time name a family engagement; an e-mail contact
    asks whether it was answered within 24 hours; a meeting counts the networks."""
    if QCoreApplication.translate("EntryForm", "&Family engagement") == "&Family engagement":
        pytest.skip("sv.qm predates the engagement fields (test_i18n.py names them)")
    unit = next(u for u in org.list_units(store) if u.kind == "team")
    worker = org.save_worker(store, org.Worker(0, "TE", unit.id, True), "test")
    Desk(store).set_me(unit.id, worker.id)
    today = dt.date.today()
    draft = Engagement(unit.id, "network", "service", "school", today, today)
    engagements.open_engagement(store, draft, "test")
    window = open_window(qtbot, store)
    form = window.log_page.form
    window.log_kind(kind)
    if kind == "contact":
        form.singles["form"].setCurrentIndex(form.singles["form"].findData("email"))
    assert form.engagement.isVisible()
    assert problems(window) == []
